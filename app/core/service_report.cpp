#include "service_report.h"

#include <algorithm>
#include <map>

namespace capwalk {

namespace {

bool is_need(std::uint8_t cell) {
  const Rating r = cell_rating(cell);
  return (cell & kCellAsked) && (r == Rating::NotYet || r == Rating::Developing);
}

// Counts by label, largest first; labels in `last` go to the end.
Breakdown breakdown(const std::string& title, const std::map<std::string, int>& counts, int smallest,
                    const std::string& last) {
  Breakdown out;
  out.title = title;
  for (const auto& [label, n] : counts) out.rows.push_back({label, n, false});
  std::stable_sort(out.rows.begin(), out.rows.end(), [&](const GroupCount& a, const GroupCount& b) {
    if ((a.label == last) != (b.label == last)) return b.label == last;
    return a.people > b.people;
  });
  std::vector<int> people;
  for (const GroupCount& row : out.rows) people.push_back(row.people);
  const std::vector<bool> hidden = hidden_counts(people, smallest);
  for (std::size_t i = 0; i < out.rows.size(); ++i) out.rows[i].hidden = hidden[i];
  return out;
}

std::vector<Breakdown> breakdowns(const Team& team, const std::vector<std::size_t>& group,
                                  const RoleCatalogue* roles, int smallest) {
  std::map<std::string, int> sector, role, tier, setting, round;
  for (std::size_t index : group) {
    const TeamMember& m = team.members[index];
    ++sector[sector_name_of(roles, member_sector(m, roles))];
    ++role[role_title_of(roles, m.results.role_id)];
    ++tier["Tier " + std::to_string(m.results.tier)];
    if (m.results.settings.empty()) ++setting["Setting not given"];
    for (const std::string& s : m.results.settings) ++setting[setting_names(roles, {s})];
    ++round[m.round.empty() ? "No round" : m.round];
  }
  std::vector<Breakdown> out = {breakdown("Sector", sector, smallest, kRoleNotListed),
                                breakdown("Role", role, smallest, kRoleNotListed),
                                breakdown("Tier", tier, smallest, ""),
                                breakdown("Setting", setting, smallest, "Setting not given"),
                                breakdown("Round", round, smallest, "No round")};
  // Tiers read in order, not by size.
  std::sort(out[2].rows.begin(), out[2].rows.end(),
            [](const GroupCount& a, const GroupCount& b) { return a.label < b.label; });
  out[3].overlapping = true;
  return out;
}

CapabilityFigures figures(const CapabilityTally& t, int smallest) {
  CapabilityFigures f;
  f.capability_id = t.capability_id;
  f.asked = t.asked;
  int answered = 0;
  for (int r = 1; r <= kRatingOptionCount; ++r) {
    f.counts[static_cast<std::size_t>(r)] = t.count(static_cast<Rating>(r));
    answered += f.counts[static_cast<std::size_t>(r)];
  }
  f.counts[0] = t.asked - answered;
  const std::vector<int> counts(f.counts.begin(), f.counts.end());
  const std::vector<bool> hidden = hidden_counts(counts, smallest);
  std::copy(hidden.begin(), hidden.end(), f.hidden.begin());
  f.needs = t.count(Rating::NotYet) + t.count(Rating::Developing);
  f.needs_hidden = part_hidden(f.needs, f.asked, smallest);
  f.training = t.training_requests;
  f.training_hidden = part_hidden(f.training, f.asked, smallest);
  f.all_hidden = f.asked > 0 && f.asked < smallest;
  if (f.all_hidden) {
    f.hidden.fill(true);
    f.needs_hidden = f.training_hidden = true;
  }
  return f;
}

std::vector<std::string> top_ids(const std::vector<CapabilityTally>& tallies, std::size_t limit) {
  std::vector<std::string> ids;
  for (const CapabilityTally& t : top_needs(tallies, limit)) ids.push_back(t.capability_id);
  return ids;
}

std::vector<std::size_t> rows_matching(const Team& team, const TeamAnswers& answers, const TeamFilter& filter,
                                       const RoleCatalogue* roles) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < answers.members.size(); ++i)
    if (matches_filter(team.members[answers.members[i]], filter, roles)) rows.push_back(i);
  return rows;
}

}  // namespace

ServiceReport build_service_report(const Team& team, const TeamAnswers& answers, const Framework& framework,
                                   const RoleCatalogue* roles, const ReportOptions& options) {
  ServiceReport report;
  report.framework_id = framework.id;
  report.smallest = std::clamp(options.smallest, kLeastSmallestGroup, kMostSmallestGroup);
  const int smallest = report.smallest;
  report.everyone = static_cast<int>(answers.members.size());
  report.group_chosen = !options.group.empty();
  const std::vector<std::size_t> rows = rows_matching(team, answers, options.group, roles);
  report.people = static_cast<int>(rows.size());
  report.group_hidden = !group_shown(report.people, report.everyone, smallest);
  if (report.group_hidden || report.people == 0) return report;

  std::vector<std::size_t> group;
  for (std::size_t i : rows) {
    group.push_back(answers.members[i]);
    const std::uint8_t* row = answers.row(i);
    bool need = false, not_sure = false;
    for (std::size_t c = 0; c < answers.width; ++c) {
      need = need || is_need(row[c]);
      not_sure = not_sure || ((row[c] & kCellAsked) && cell_rating(row[c]) == Rating::NotSure);
    }
    report.with_need += need;
    report.not_sure += not_sure;
  }
  report.with_need_hidden = part_hidden(report.with_need, report.people, smallest);
  report.not_sure_hidden = part_hidden(report.not_sure, report.people, smallest);
  report.breakdowns = breakdowns(team, group, roles, smallest);

  const std::vector<CapabilityTally> tallies = tally(team, answers, framework, options.group, roles);
  for (const CapabilityTally& t : tallies)
    if (t.asked > 0) report.capabilities.push_back(figures(t, smallest));
  if (report.group_chosen) {
    report.top_group = top_ids(tallies, options.top);
    report.top_everyone = top_ids(tally(team, answers, framework, TeamFilter{}, roles), options.top);
  } else {
    report.top_everyone = top_ids(tallies, options.top);
  }
  return report;
}

namespace {

// "54% of people (540 of 1,000) have", "Fewer than 5 people have", "All but fewer
// than 5 people have": a hidden share still reads as a sentence.
std::string people_who(int part, int whole, bool hidden, int smallest, const char* verb) {
  if (!hidden) return percent(part, whole) + " of people (" + with_thousands(part) + " of " + with_thousands(whole) + ") " + verb;
  const std::string few = fewer_than(smallest) + " people " + verb;
  return part < smallest ? "F" + few.substr(1) : "All but " + few;
}

}  // namespace

std::string headline(const ServiceReport& r) {
  return people_who(r.with_need, r.people, r.with_need_hidden, r.smallest, "have") +
         " at least one capability they rated Not yet or Developing. " +
         people_who(r.not_sure, r.people, r.not_sure_hidden, r.smallest, "answered") + " Not sure at least once.";
}

int RoundChange::change_points() const {
  const auto pct = [](int part, int whole) { return whole > 0 ? (200LL * part + whole) / (2LL * whole) : 0LL; };
  return static_cast<int>(pct(needs_second, asked_second) - pct(needs_first, asked_first));
}

RoundComparison compare_rounds(const Team& team, const TeamAnswers& answers, const Framework& framework,
                               const RoleCatalogue* roles, const ReportOptions& options,
                               const std::string& first, const std::string& second) {
  RoundComparison out;
  out.first = first;
  out.second = second;
  const int smallest = std::clamp(options.smallest, kLeastSmallestGroup, kMostSmallestGroup);
  TeamFilter in_first = options.group, in_second = options.group, any_round = options.group;
  in_first.round = first;
  in_second.round = second;
  any_round.round.clear();
  const int everyone = static_cast<int>(rows_matching(team, answers, any_round, roles).size());
  out.people_first = static_cast<int>(rows_matching(team, answers, in_first, roles).size());
  out.people_second = static_cast<int>(rows_matching(team, answers, in_second, roles).size());
  out.hidden = !group_shown(out.people_first, everyone, smallest) || !group_shown(out.people_second, everyone, smallest) ||
               !group_shown(everyone, static_cast<int>(answers.members.size()), smallest);
  if (out.hidden) return out;
  const std::vector<CapabilityTally> a = tally(team, answers, framework, in_first, roles);
  const std::vector<CapabilityTally> b = tally(team, answers, framework, in_second, roles);
  for (std::size_t c = 0; c < a.size() && c < b.size(); ++c) {
    if (a[c].asked == 0 || b[c].asked == 0) continue;
    RoundChange row;
    row.capability_id = a[c].capability_id;
    row.asked_first = a[c].asked;
    row.needs_first = a[c].count(Rating::NotYet) + a[c].count(Rating::Developing);
    row.asked_second = b[c].asked;
    row.needs_second = b[c].count(Rating::NotYet) + b[c].count(Rating::Developing);
    row.hidden = row.asked_first < smallest || row.asked_second < smallest ||
                 part_hidden(row.needs_first, row.asked_first, smallest) ||
                 part_hidden(row.needs_second, row.asked_second, smallest);
    out.rows.push_back(std::move(row));
  }
  return out;
}

std::string change_text(int points) {
  if (points == 0) return "no change";
  const int n = points < 0 ? -points : points;
  return std::string(points > 0 ? "up " : "down ") + std::to_string(n) + (n == 1 ? " point" : " points");
}

std::string rating_shares_text(const CapabilityFigures& f, int smallest) {
  std::string out;
  for (const RatingInfo& info : rating_options()) {
    const auto r = static_cast<std::size_t>(info.rating);
    if (f.counts[r] == 0) continue;
    out += (out.empty() ? "" : " · ") + std::string(info.label) + " " + share_text(f.counts[r], f.asked, f.hidden[r], smallest);
  }
  if (f.counts[0] > 0) out += (out.empty() ? "" : " · ") + std::string("not answered ") + share_text(f.counts[0], f.asked, f.hidden[0], smallest);
  return out.empty() ? "No answers." : out;
}

std::string need_shares_text(const CapabilityFigures& f, int smallest) {
  return "Not yet or Developing " + share_text(f.needs, f.asked, f.needs_hidden, smallest) + " · asked for training " +
         share_text(f.training, f.asked, f.training_hidden, smallest) + " · " +
         count_text(f.asked, f.all_hidden, smallest) + " asked";
}

std::string group_count_text(const GroupCount& row, int total, int smallest) {
  return row.label + ": " + share_text(row.people, total, row.hidden, smallest);
}

std::string round_change_line(const RoundChange& row, const RoundComparison& c, int smallest) {
  if (row.hidden) return "Not yet or Developing: hidden, because a figure is about " + fewer_than(smallest) + " people.";
  return "Not yet or Developing: " + percent(row.needs_first, row.asked_first) + " in " + c.first + ", " +
         percent(row.needs_second, row.asked_second) + " in " + c.second + ", " + change_text(row.change_points()) + ".";
}

const CapabilityFigures* figures_of(const ServiceReport& report, const std::string& capability_id) {
  for (const CapabilityFigures& f : report.capabilities)
    if (f.capability_id == capability_id) return &f;
  return nullptr;
}

}  // namespace capwalk
