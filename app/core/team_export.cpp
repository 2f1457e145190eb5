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

std::string group_label(const TeamFilter& f, const RoleCatalogue* roles) {
  std::vector<std::string> parts;
  if (!f.sector.empty()) parts.push_back("Sector: " + sector_name_of(roles, f.sector));
  if (!f.role_id.empty()) parts.push_back("Role: " + role_title_of(roles, f.role_id));
  if (!f.setting.empty()) parts.push_back("Setting: " + setting_names(roles, {f.setting}));
  if (!f.round.empty()) parts.push_back("Round: " + f.round);
  if (parts.empty()) return "Everyone";
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " · ") + p;
  return out;
}

namespace {

// The report's figures, one row each: Group, Part, Breakdown, Row, Within, Capability
// id, Figure, Count, Hidden. A hidden figure's count is empty, never 0.
class FigureRows {
 public:
  explicit FigureRows(std::string group) : group_(std::move(group)) {}
  void add(const std::string& part, const std::string& breakdown, const std::string& row, const std::string& within,
           const std::string& capability_id, const std::string& figure, int count, bool hidden) {
    // Plain digits ("1000", not "1,000"), so a spreadsheet or BI tool reads a number.
    out_ += csv_row({group_, part, breakdown, row, within, capability_id, figure,
                     hidden ? std::string() : std::to_string(count), hidden ? "Yes" : ""});
  }
  void capability(const std::string& part, const std::string& breakdown, const std::string& title,
                  const CapabilityFigures& f) {
    add(part, breakdown, title, "", f.capability_id, "People asked", f.asked, f.asked_hidden);
    if (part == "Capability") {
      for (const RatingInfo& info : rating_options()) {
        const auto r = static_cast<std::size_t>(info.rating);
        add(part, breakdown, title, "", f.capability_id, info.label, f.counts[r], f.hidden[r]);
      }
      add(part, breakdown, title, "", f.capability_id, "Not answered", f.counts[0], f.hidden[0]);
    }
    add(part, breakdown, title, "", f.capability_id, "Not yet or Developing", f.needs, f.needs_hidden);
    if (part == "Capability") add(part, breakdown, title, "", f.capability_id, "Asked for training", f.training, f.training_hidden);
  }
  const std::string& text() const { return out_; }

 private:
  std::string group_, out_;
};

std::string title_of(const Framework& fw, const std::string& id) {
  const Capability* c = fw.find_capability(id);
  return c ? c->title : id;
}

void comparison_rows(FigureRows& rows, const RoundComparison& c, const Framework& fw) {
  for (int which = 0; which < 2; ++which) {
    const std::string& round = which == 0 ? c.first : c.second;
    rows.add("Rounds compared", round, "", "", "", "People", which == 0 ? c.people_first : c.people_second, c.hidden);
    if (c.hidden) continue;
    for (const RoundChange& row : c.rows) {
      const std::string title = title_of(fw, row.capability_id);
      rows.add("Rounds compared", round, title, "", row.capability_id, "People asked",
               which == 0 ? row.asked_first : row.asked_second, row.hidden);
      rows.add("Rounds compared", round, title, "", row.capability_id, "Not yet or Developing",
               which == 0 ? row.needs_first : row.needs_second, row.hidden);
    }
  }
}

}  // namespace

std::string report_csv(const ServiceReport& report, const Framework& framework, const TeamFilter& group,
                       const RoleCatalogue* roles) {
  std::string out = kUtf8Bom;
  out += csv_row({small_numbers_sentence(report.smallest)});
  out += csv_row({"Group", "Part", "Breakdown", "Row", "Within", "Capability id", "Figure", "Count", "Hidden"});
  FigureRows rows(group_label(group, roles));
  rows.add("People", "", "", "", "", "People", report.people, report.group_hidden);
  if (report.group_hidden) return out + rows.text();
  rows.add("In short", "", "", "", "", "At least one Not yet or Developing", report.with_need, report.with_need_hidden);
  rows.add("In short", "", "", "", "", "Not sure at least once", report.not_sure, report.not_sure_hidden);
  for (const Breakdown& b : report.breakdowns)
    for (const GroupCount& row : b.rows) rows.add("Who answered", b.title, row.label, row.within, "", "People", row.people, row.hidden);
  for (const CapabilityFigures& f : report.capabilities)
    rows.capability("Capability", "", title_of(framework, f.capability_id), f);
  for (const SettingFigures& s : report.settings) {
    if (s.hidden) continue;
    for (const CapabilityFigures& f : s.top)
      rows.capability("In each setting", setting_names(roles, {s.setting_id}), title_of(framework, f.capability_id), f);
  }
  if (report.comparison) comparison_rows(rows, *report.comparison, framework);
  return out + rows.text();
}

}  // namespace capwalk
