// team_export.h — the team's CSV files for analysts and commissioners.
//
// Three files, each RFC 4180 with a UTF-8 byte order mark (csv.h), every field made
// spreadsheet-safe:
//   - team_csv(): wide, one row per person, one column per capability (rating words);
//   - long_csv(): long ("tidy"), one row per person and capability they were asked,
//     with the same columns every row, for a pivot table or a BI tool as it is;
//   - report_csv(): the service report's figures per capability, with small groups
//     hidden exactly as on screen (service_report.h).
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
// "Capability id","Capability","People asked", one column per rating, "Not yet or
// Developing","Asked for training": counts, or "fewer than 5" / "hidden".
std::string report_csv(const ServiceReport& report, const Framework& framework);

// Days since 2020-01-01 as YYYY-MM-DD (the date a share link carries).
std::string date_from_days_since_2020(int days_since_2020);

}  // namespace capwalk
