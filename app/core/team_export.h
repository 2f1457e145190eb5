// team_export.h — the team's CSV files for analysts and commissioners.
//
// Three files, each RFC 4180 with a UTF-8 byte order mark (csv.h), every field made
// spreadsheet-safe:
//   - team_csv(): wide, one row per person, one column per capability (rating words);
//   - long_csv(): long ("tidy"), one row per person and capability they were asked,
//     with the same columns every row, for a pivot table or a BI tool as it is;
//   - report_csv(): every figure of the service report, one a row, hidden exactly as
//     on screen (service_report.h), each hidden one an empty count marked Hidden.
// The person-level files carry what the manager already holds (the links); the
// aggregate one is the one to pass on.
#pragma once

#include <string>

#include "service_report.h"

namespace capwalk {

// "Person","Role","Tier","Setting","Date","Round", then one column per capability
// title that a filtered member was asked.
std::string team_csv(const Team& team, const Framework& framework, const TeamFilter& filter,
                     const RoleCatalogue* roles);
// "Person","Round","Date","Sector","Role","Tier","Setting","Capability id","Capability",
// "Rating","Training asked" ("Yes" or "No"); Rating is empty when it was not answered.
std::string long_csv(const Team& team, const TeamAnswers& answers, const Framework& framework,
                     const TeamFilter& filter, const RoleCatalogue* roles);
// Every figure the service report publishes, one row each (tidy, for a pivot table):
// first a row with small_numbers_sentence(), then the header "Group", "Part",
// "Breakdown", "Row", "Within", "Capability id", "Figure", "Count", "Hidden".
//   Group: group_label(group) — "Everyone", "Sector: Primary care · Round: Spring 2026".
//   Part: "People"; "In short"; "Who answered" (Breakdown Sector, Role, Tier, Setting or
//   Round, Row its label, Within a role's sector); "Capability" (Figure "People asked",
//   each rating's name, "Not answered", "Not yet or Developing", "Asked for training");
//   "In each setting" (Breakdown the setting: the figures of the group and setting);
//   "Rounds compared" (Breakdown the round).
//   Count: plain digits, or empty when hidden; Hidden: "Yes" or empty.
// A group too small to report has its People row only, hidden.
std::string report_csv(const ServiceReport& report, const Framework& framework, const TeamFilter& group,
                       const RoleCatalogue* roles);
// The group with each choice named: "Everyone", "Role: Receptionist · Round: Spring 2026".
std::string group_label(const TeamFilter& group, const RoleCatalogue* roles);

// Days since 2020-01-01 as YYYY-MM-DD (the date a share link carries).
std::string date_from_days_since_2020(int days_since_2020);

}  // namespace capwalk
