#include "team_export.h"

#include <cstdio>

namespace capwalk {

namespace {

// A role that is not listed has no sector: its cell is left empty.
std::string sector_cell(const TeamMember& m, const RoleCatalogue* roles) {
  const std::string id = member_sector(m, roles);
  return id.empty() ? std::string() : sector_name_of(roles, id);
}

std::string rating_words(Rating r) {
  const RatingInfo* info = rating_info(r);
  return info ? info->label : std::string();
}

}  // namespace

std::string date_from_days_since_2020(int days_since_2020) {
  // Proleptic Gregorian, by H. Hinnant's civil_from_days.
  const long long z0 = 18262LL + days_since_2020;  // 2020-01-01 is day 18262 after 1970-01-01
  const long long z = z0 + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

std::string team_csv(const Team& team, const Framework& framework, const TeamFilter& filter,
                     const RoleCatalogue* roles) {
  const TeamAnswers answers = resolve_team(team, framework);
  const std::vector<CapabilityTally> tallies = tally(team, answers, framework, filter, roles);
  std::vector<std::size_t> columns;
  for (std::size_t i = 0; i < tallies.size(); ++i)
    if (tallies[i].asked > 0) columns.push_back(i);

  std::string out = kUtf8Bom;
  std::vector<std::string> row = {"Person", "Role", "Tier", "Setting", "Date", "Round"};
  for (std::size_t c : columns) row.push_back(framework.capabilities[c].title);
  out += csv_row(row);
  for (std::size_t i = 0; i < answers.members.size(); ++i) {
    const TeamMember& m = team.members[answers.members[i]];
    if (!matches_filter(m, filter, roles)) continue;
    const SharedResults& r = m.results;
    row = {m.label, role_title_of(roles, r.role_id), std::to_string(r.tier), setting_names(roles, r.settings),
           date_from_days_since_2020(r.days_since_2020), m.round};
    const std::uint8_t* cells = answers.row(i);
    for (std::size_t c : columns) row.push_back((cells[c] & kCellAsked) ? rating_words(cell_rating(cells[c])) : "");
    out += csv_row(row);
  }
  return out;
}

std::string long_csv(const Team& team, const TeamAnswers& answers, const Framework& framework,
                     const TeamFilter& filter, const RoleCatalogue* roles) {
  std::string out = kUtf8Bom;
  out += csv_row({"Person", "Round", "Date", "Sector", "Role", "Tier", "Setting", "Capability id", "Capability",
                  "Rating", "Training asked"});
  for (std::size_t i = 0; i < answers.members.size(); ++i) {
    const TeamMember& m = team.members[answers.members[i]];
    if (!matches_filter(m, filter, roles)) continue;
    const SharedResults& r = m.results;
    const std::vector<std::string> person = {m.label, m.round, date_from_days_since_2020(r.days_since_2020),
                                             sector_cell(m, roles), role_title_of(roles, r.role_id), std::to_string(r.tier),
                                             setting_names(roles, r.settings)};
    const std::uint8_t* cells = answers.row(i);
    for (std::size_t c = 0; c < answers.width && c < framework.capabilities.size(); ++c) {
      if (!(cells[c] & kCellAsked)) continue;
      std::vector<std::string> row = person;
      row.push_back(framework.capabilities[c].id);
      row.push_back(framework.capabilities[c].title);
      row.push_back(rating_words(cell_rating(cells[c])));
      row.push_back((cells[c] & kCellTraining) ? "Yes" : "No");
      out += csv_row(row);
    }
  }
  return out;
}

std::string report_csv(const ServiceReport& report, const Framework& framework) {
  std::string out = kUtf8Bom;
  std::vector<std::string> header = {"Capability id", "Capability", "People asked"};
  for (const RatingInfo& info : rating_options()) header.push_back(info.label);
  header.push_back("Not answered");
  header.push_back("Not yet or Developing");
  header.push_back("Asked for training");
  out += csv_row(header);
  const int k = report.smallest;
  // Plain digits ("1000", not "1,000"), so a spreadsheet or BI tool reads a number.
  const auto count_text = [k](int n, bool hidden, int) { return hidden ? capwalk::count_text(n, true, k) : std::to_string(n); };
  for (const CapabilityFigures& f : report.capabilities) {
    const Capability* c = framework.find_capability(f.capability_id);
    std::vector<std::string> row = {f.capability_id, c ? c->title : f.capability_id,
                                    count_text(f.asked, f.all_hidden, k)};
    for (int r = 1; r <= kRatingOptionCount; ++r)
      row.push_back(count_text(f.counts[static_cast<std::size_t>(r)], f.hidden[static_cast<std::size_t>(r)], k));
    row.push_back(count_text(f.counts[0], f.hidden[0], k));
    row.push_back(count_text(f.needs, f.needs_hidden, k));
    row.push_back(count_text(f.training, f.training_hidden, k));
    out += csv_row(row);
  }
  return out;
}

}  // namespace capwalk
