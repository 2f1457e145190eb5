// team.h — a manager's view of their team, built on the manager's own device from
// the links their staff send. Each member is one decoded share link; nothing goes
// anywhere else. The table can be exported as CSV for commissioners.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "share_code.h"

namespace capwalk {

struct TeamMember {
  std::string id;       // stable within the team: derived from the code's checksum
  std::string label;    // what the manager calls them ("Person 1" by default)
  std::string code;     // the share code they sent
  SharedResults results;
};

// A stored member this version cannot use: a link from a newer capwalk, a damaged
// one, or one for another framework than the team's. It is kept exactly as it was
// stored, written back on every save, and counted nowhere.
enum class KeptReason { Unreadable, OtherFramework };

struct KeptMember {
  std::string code;    // as stored; empty when the entry had no code text
  std::string label;   // as stored, if any
  std::string entry;   // the stored entry as JSON, written back unchanged
  KeptReason reason = KeptReason::Unreadable;
};

struct Team {
  std::string framework_id;        // every member of a team uses the same framework;
                                   // empty while the team has no members
  std::vector<TeamMember> members;
  std::vector<KeptMember> kept;
};

struct TeamAddOutcome {
  int added = 0;
  int duplicates = 0;               // the same code again
  std::vector<std::string> problems;  // plain English, one per refused link
};

// Adds every link found in `text` (one or many, separated by spaces or new lines;
// full URLs or bare codes). Links for another framework than the team's are refused;
// a team without members takes the framework of its first good link (and any kept
// members of that framework come back).
TeamAddOutcome add_to_team(Team& team, const std::string& text);
// Removing the last member frees the team for any framework.
void remove_from_team(Team& team, const std::string& member_id);

// Plain English for the team view about the kept members, one line per reason
// ("1 link could not be read by this version of capwalk; it is kept."); empty when none.
std::vector<std::string> kept_member_lines(const Team& team);

struct TeamFilter {
  std::string role_id;   // empty: all
  std::string setting;   // empty: all; else members who work there (among others)
};

bool matches_filter(const TeamMember& member, const TeamFilter& filter);

struct CapabilityTally {
  std::string capability_id;
  std::map<Rating, int> counts;   // over the filtered members who were asked
  int asked = 0;                  // members whose assessment included it
  int training_requests = 0;
};

// Per capability of `framework`, in framework order, over members matching `filter`
// (items that no longer match the framework are left out).
std::vector<CapabilityTally> tally(const Team& team, const Framework& framework,
                                   const TeamFilter& filter);
// Capabilities ordered by need: Not yet count, then Developing, then training asks.
std::vector<CapabilityTally> top_needs(const std::vector<CapabilityTally>& tallies, std::size_t limit);

// Per setting of the catalogue that some filtered member works in (a member working
// across several counts in each): how many people, and the capabilities emphasised
// in that setting with the largest needs among them, ordered as top_needs().
struct SettingNeeds {
  std::string setting_id;
  int people = 0;
  std::vector<CapabilityTally> top;
};
std::vector<SettingNeeds> emphasised_needs_by_setting(const Team& team, const Framework& framework,
                                                      const TeamFilter& filter, const RoleCatalogue& roles,
                                                      std::size_t limit);

// RFC 4180 CSV: a header row ("Person","Role","Tier","Setting","Date", then one
// column per capability title) and one row per filtered member with the rating
// label (or empty). CRLF line ends; fields with comma, quote or line break quoted.
// Every field goes through spreadsheet_safe() first.
std::string team_csv(const Team& team, const Framework& framework, const TeamFilter& filter,
                     const RoleCatalogue* roles);
// A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return
// before one) as a formula. Such a field gets a leading ' so it is shown as text
// (OWASP's advice on CSV injection); any other field is returned unchanged.
std::string spreadsheet_safe(const std::string& field);
// One CSV row: each field made spreadsheet-safe, quoted where needed, then CRLF.
std::string csv_row(const std::vector<std::string>& fields);
// Parses RFC 4180 CSV (for tests and imports): rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

// ---- The team document ----
//
// The team is kept under its own key (kTeamKey), apart from the person's own
// storage document, as versioned JSON:
//
//   { "app": "capwalk-team", "version": 2, "framework_id": "core",
//     "members": [ { "id": "m-1a2b3c4d", "label": "Person 1", "code": "…" }, … ] }
//
// Version 1 (before the team had a version) is the same without "app" and "version",
// and is read as it is. Kept members go back into "members" as they were found, so
// the capwalk that wrote them still finds them. Every code is decoded again on
// reading; nothing stored is trusted.
constexpr const char* kTeamKey = "capwalk.team";
// Where an unreadable team document is put aside (one copy), never overwritten.
constexpr const char* kTeamSetAsideKey = "capwalk.team.unreadable";
constexpr int kTeamDocumentVersion = 2;

enum class TeamDocumentStatus {
  Ok,          // team is filled
  Empty,       // no text at all
  Unreadable,  // not JSON, or not a team document
  Newer,       // written by a newer capwalk: leave it alone
};

struct TeamRead {
  TeamDocumentStatus status = TeamDocumentStatus::Empty;
  Team team;
  int version = 0;  // as found (1 for a document without a version)
};

TeamRead read_team_document(std::string_view text);
std::string team_to_json(const Team& team);
// True (and `out` replaced) only when `text` is a team document this version reads.
bool team_from_json(const std::string& text, Team& out);

}  // namespace capwalk
