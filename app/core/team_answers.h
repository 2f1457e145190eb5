// team_answers.h — the team's answers for one framework, resolved once, and the
// counts drawn from them.
//
// Decoding a link and resolving it against the framework is the slow part; with
// thousands of people it must not happen every frame. resolve_team() does it once
// per change of the team, into one byte per person and capability; every count, the
// service report (service_report.h) and the person grid read those bytes.
//
//   const TeamAnswers answers = resolve_team(team, framework);
//   const auto tallies = tally(team, answers, framework, TeamFilter{}, roles);
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "team.h"

namespace capwalk {

// Which people to count. An empty field matches everyone.
struct TeamFilter {
  std::string role_id;
  std::string setting;  // people who work there (among other settings or not)
  std::string sector;   // the sector of the person's role in the role catalogue
  std::string round;
  bool operator==(const TeamFilter& o) const {
    return role_id == o.role_id && setting == o.setting && sector == o.sector && round == o.round;
  }
  bool operator!=(const TeamFilter& o) const { return !(*this == o); }
  bool empty() const { return role_id.empty() && setting.empty() && sector.empty() && round.empty(); }
};

// The sector id of a member's role; empty when the role is not listed in `roles`.
std::string member_sector(const TeamMember& member, const RoleCatalogue* roles);
bool matches_filter(const TeamMember& member, const TeamFilter& filter, const RoleCatalogue* roles = nullptr);

// What a person reads for a role or sector id: its title or name in `roles`, the id
// itself when the catalogue does not list it, and kRoleNotListed for no id.
constexpr const char* kRoleNotListed = "Role not listed";
std::string role_title_of(const RoleCatalogue* roles, const std::string& role_id);
std::string sector_name_of(const RoleCatalogue* roles, const std::string& sector_id);

// One byte per person and capability: whether they were asked, whether they asked for
// training, and the rating (assessment.h's Rating in the low bits).
constexpr std::uint8_t kCellAsked = 0x80;
constexpr std::uint8_t kCellTraining = 0x40;
constexpr std::uint8_t kCellRating = 0x0F;
inline Rating cell_rating(std::uint8_t cell) { return static_cast<Rating>(cell & kCellRating); }

struct TeamAnswers {
  std::string framework_id;
  std::size_t width = 0;              // the framework's capabilities
  std::vector<std::size_t> members;   // indices into team.members, of this framework
  std::vector<std::uint8_t> cells;    // members.size() rows of `width`
  const std::uint8_t* row(std::size_t i) const { return cells.data() + i * width; }
};

// Items that no longer match the framework (it changed since the link was made) are
// left out, as though they were not asked.
TeamAnswers resolve_team(const Team& team, const Framework& framework);

struct CapabilityTally {
  std::string capability_id;
  std::map<Rating, int> counts;   // over the filtered members who were asked
  int asked = 0;                  // members whose assessment included it
  int training_requests = 0;
  int count(Rating r) const {
    const auto it = counts.find(r);
    return it == counts.end() ? 0 : it->second;
  }
};

// Per capability of `framework`, in framework order, over the members matching `filter`.
std::vector<CapabilityTally> tally(const Team& team, const TeamAnswers& answers, const Framework& framework,
                                   const TeamFilter& filter, const RoleCatalogue* roles = nullptr);
// The same over the given rows of `answers` (indices into answers.members).
std::vector<CapabilityTally> tally_rows(const TeamAnswers& answers, const Framework& framework,
                                        const std::vector<std::size_t>& rows);
// The rows of `answers` whose members match `filter`.
std::vector<std::size_t> rows_matching(const Team& team, const TeamAnswers& answers, const TeamFilter& filter,
                                       const RoleCatalogue* roles);
// The same, resolving the team first (for one-off use and tests).
std::vector<CapabilityTally> tally(const Team& team, const Framework& framework, const TeamFilter& filter);
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
std::vector<SettingNeeds> emphasised_needs_by_setting(const Team& team, const TeamAnswers& answers,
                                                      const Framework& framework, const TeamFilter& filter,
                                                      const RoleCatalogue& roles, std::size_t limit);

}  // namespace capwalk
