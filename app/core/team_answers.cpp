#include "team_answers.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace capwalk {

std::string member_sector(const TeamMember& member, const RoleCatalogue* roles) {
  const Role* role = roles && !member.results.role_id.empty() ? roles->find_role(member.results.role_id) : nullptr;
  return role ? role->sector : std::string();
}

std::string role_title_of(const RoleCatalogue* roles, const std::string& role_id) {
  if (role_id.empty()) return kRoleNotListed;
  const Role* role = roles ? roles->find_role(role_id) : nullptr;
  return role ? role->title : role_id;
}

std::string sector_name_of(const RoleCatalogue* roles, const std::string& sector_id) {
  if (sector_id.empty()) return kRoleNotListed;
  if (roles)
    for (const Sector& s : roles->sectors)
      if (s.id == sector_id) return s.name;
  return sector_id;
}

bool matches_filter(const TeamMember& m, const TeamFilter& filter, const RoleCatalogue* roles) {
  if (!filter.role_id.empty() && m.results.role_id != filter.role_id) return false;
  if (!filter.setting.empty() && !contains(m.results.settings, filter.setting)) return false;
  if (!filter.round.empty() && m.round != filter.round) return false;
  if (!filter.sector.empty() && member_sector(m, roles) != filter.sector) return false;
  return true;
}

TeamAnswers resolve_team(const Team& team, const Framework& framework) {
  TeamAnswers out;
  out.framework_id = framework.id;
  out.width = framework.capabilities.size();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < framework.capabilities.size(); ++i) index[framework.capabilities[i].id] = i;
  for (std::size_t m = 0; m < team.members.size(); ++m) {
    if (team.members[m].results.framework_id != framework.id) continue;
    const ResolvedShare resolved = resolve_share(team.members[m].results, framework, "");
    const Assessment& a = resolved.assessment;
    out.members.push_back(m);
    out.cells.resize(out.cells.size() + out.width, 0);
    std::uint8_t* row = out.cells.data() + out.cells.size() - out.width;
    for (const std::string& id : a.capability_ids) {
      const auto it = index.find(id);
      if (it != index.end()) row[it->second] |= kCellAsked;
    }
    for (const auto& [id, answer] : a.answers) {
      const auto it = index.find(id);
      if (it == index.end() || !(row[it->second] & kCellAsked)) continue;
      row[it->second] |= static_cast<std::uint8_t>(static_cast<std::uint8_t>(answer.rating) & kCellRating);
      if (answer.wants_training) row[it->second] |= kCellTraining;
    }
  }
  return out;
}

std::vector<std::size_t> rows_matching(const Team& team, const TeamAnswers& answers, const TeamFilter& filter,
                                       const RoleCatalogue* roles) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < answers.members.size(); ++i)
    if (filter.empty() || matches_filter(team.members[answers.members[i]], filter, roles)) rows.push_back(i);
  return rows;
}

std::vector<CapabilityTally> tally_rows(const TeamAnswers& answers, const Framework& framework,
                                        const std::vector<std::size_t>& rows) {
  std::vector<CapabilityTally> out(answers.width);
  for (std::size_t c = 0; c < answers.width && c < framework.capabilities.size(); ++c) {
    out[c].capability_id = framework.capabilities[c].id;
    for (const RatingInfo& info : rating_options()) out[c].counts[info.rating] = 0;
  }
  // One count per cell value while counting (no branches: a service has thousands of
  // people); the tallies are read from those counts once at the end.
  std::vector<std::array<int, 256>> cells(answers.width);
  for (auto& counts : cells) counts.fill(0);
  for (std::size_t i : rows) {
    const std::uint8_t* row = answers.row(i);
    for (std::size_t c = 0; c < answers.width; ++c) ++cells[c][row[c]];
  }
  for (std::size_t c = 0; c < answers.width; ++c)
    for (int cell = kCellAsked; cell < 256; ++cell) {
      const int n = cells[c][static_cast<std::size_t>(cell)];
      if (n == 0) continue;
      out[c].asked += n;
      if (cell & kCellTraining) out[c].training_requests += n;
      const int rating = cell & kCellRating;
      if (rating >= 1 && rating <= kRatingOptionCount) out[c].counts[static_cast<Rating>(rating)] += n;
    }
  return out;
}

std::vector<CapabilityTally> tally(const Team& team, const TeamAnswers& answers, const Framework& framework,
                                   const TeamFilter& filter, const RoleCatalogue* roles) {
  return tally_rows(answers, framework, rows_matching(team, answers, filter, roles));
}

std::vector<CapabilityTally> tally(const Team& team, const Framework& framework, const TeamFilter& filter) {
  return tally(team, resolve_team(team, framework), framework, filter);
}

std::vector<SettingNeeds> emphasised_needs_by_setting(const Team& team, const TeamAnswers& answers,
                                                      const Framework& framework, const TeamFilter& filter,
                                                      const RoleCatalogue& roles, std::size_t limit) {
  std::vector<SettingNeeds> out;
  for (const Setting& setting : roles.settings) {
    if (!filter.setting.empty() && filter.setting != setting.id) continue;
    TeamFilter here = filter;
    here.setting = setting.id;
    SettingNeeds row;
    row.setting_id = setting.id;
    for (std::size_t m : answers.members) row.people += matches_filter(team.members[m], here, &roles);
    if (row.people == 0) continue;
    std::vector<CapabilityTally> emphasised;
    const std::vector<CapabilityTally> tallies = tally(team, answers, framework, here, &roles);
    for (std::size_t i = 0; i < tallies.size(); ++i)
      if (emphasis_in(framework.capabilities[i], {setting.id}) == Emphasis::Emphasised)
        emphasised.push_back(tallies[i]);
    row.top = top_needs(emphasised, limit);
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<CapabilityTally> top_needs(const std::vector<CapabilityTally>& tallies, std::size_t limit) {
  std::vector<CapabilityTally> needs;
  for (const CapabilityTally& t : tallies)
    if (t.count(Rating::NotYet) > 0 || t.count(Rating::Developing) > 0 || t.training_requests > 0)
      needs.push_back(t);
  std::stable_sort(needs.begin(), needs.end(), [](const CapabilityTally& a, const CapabilityTally& b) {
    const int an = a.count(Rating::NotYet), bn = b.count(Rating::NotYet);
    if (an != bn) return an > bn;
    const int ad = a.count(Rating::Developing), bd = b.count(Rating::Developing);
    if (ad != bd) return ad > bd;
    return a.training_requests > b.training_requests;
  });
  if (needs.size() > limit) needs.resize(limit);
  return needs;
}

}  // namespace capwalk
