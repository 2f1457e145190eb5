// team.h — a manager's view of their team, built on the manager's own device from
// the links their staff send. Each member is one decoded share link; nothing goes
// anywhere else. The table can be exported as CSV for commissioners.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "share_code.h"

namespace capwalk {

struct TeamMember {
  std::string id;       // stable within the team: derived from the code's checksum
  std::string label;    // what the manager calls them ("Person 1" by default)
  std::string code;     // the share code they sent
  SharedResults results;
};

struct Team {
  std::string framework_id;        // every member of a team uses the same framework
  std::vector<TeamMember> members;
};

struct TeamAddOutcome {
  int added = 0;
  int duplicates = 0;               // the same code again
  std::vector<std::string> problems;  // plain English, one per refused link
};

// Adds every link found in `text` (one or many, separated by spaces or new lines;
// full URLs or bare codes). Links for another framework than the team's are refused.
TeamAddOutcome add_to_team(Team& team, const std::string& text);
void remove_from_team(Team& team, const std::string& member_id);

struct TeamFilter {
  std::string role_id;   // empty: all
  std::string setting;   // empty: all
};

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

// RFC 4180 CSV: a header row ("Person","Role","Tier","Setting","Date", then one
// column per capability title) and one row per filtered member with the rating
// label (or empty). CRLF line ends; fields with comma, quote or line break quoted.
std::string team_csv(const Team& team, const Framework& framework, const TeamFilter& filter,
                     const RoleCatalogue* roles);
// Parses RFC 4180 CSV (for tests and imports): rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

// Team storage inside the person's storage document is not part of schema 2: the
// team is kept under its own key as JSON.
std::string team_to_json(const Team& team);
bool team_from_json(const std::string& text, Team& out);

}  // namespace capwalk
