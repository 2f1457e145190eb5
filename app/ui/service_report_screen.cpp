// The service report: a training needs analysis of the people in the team view, for
// whoever commissions training. Figures about small groups are hidden (small_numbers.h)
// here exactly as in print and in the export; nobody is named. Charts are always
// followed by the same figures in words.
#include <imgui.h>

#include "app/core/dates.h"
#include "app/core/report_html.h"
#include "app/core/sharing.h"
#include "app/core/team_export.h"
#include "app_screens.h"
#include "palette.h"
#include "team_view.h"
#include "theme.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

std::string capability_title(const Framework& fw, const std::string& id) {
  const Capability* c = fw.find_capability(id);
  return c ? c->title : id;
}

void who_answered(const ServiceReport& r) {
  heading("Who answered", 2);
  for (const Breakdown& b : r.breakdowns) {
    if (b.rows.size() < 2 && b.title == "Round") continue;  // nothing to break down
    heading(b.title, 3);
    for (const GroupCount& row : b.rows) bullet(group_count_text(row, r.people, r.smallest));
    if (b.overlapping) note("Someone who works in several settings is counted in each.");
  }
}

void top_list(const ServiceReport& r, const Framework& fw, const std::vector<std::string>& ids) {
  if (ids.empty()) paragraph("No needs yet.");
  int n = 0;
  for (const std::string& id : ids)
    if (const CapabilityFigures* f = figures_of(r, id))
      bullet(std::to_string(++n) + ". " + capability_title(fw, id) + ": " + need_shares_text(*f, r.smallest));
}

void capability_charts(const ServiceReport& r, const Framework& fw) {
  heading("Capability by capability", 2);
  note("Each bar shows how the people asked rated themselves, from Not yet on the left. Hidden figures are "
       "drawn together in grey.");
  for (const CapabilityFigures& f : r.capabilities) {
    heading(capability_title(fw, f.capability_id), 3);
    std::vector<std::pair<int, ImU32>> parts;
    int hidden = 0;
    for (const RatingInfo& info : rating_options()) {
      const auto i = static_cast<std::size_t>(info.rating);
      if (f.hidden[i]) hidden += f.counts[i];
      else parts.emplace_back(f.counts[i], rating_colour(info.rating));
    }
    if (f.hidden[0]) hidden += f.counts[0];
    parts.emplace_back(hidden, palette().secondary);
    share_bar(parts, f.asked);
    note(rating_shares_text(f, r.smallest));
    note(need_shares_text(f, r.smallest));
  }
}

void by_setting(const AppState& state, const ServiceReport& r, const Framework& fw) {
  if (r.settings.empty()) return;
  const RoleCatalogue* roles = state.library.roles();
  heading("What matters most in each setting", 2);
  note("The capabilities emphasised in each setting with the largest needs among the people who work there. The "
       "figures are those of the report for that setting.");
  for (const SettingFigures& row : r.settings) {
    heading(setting_names(roles, {row.setting_id}) + " (" + (row.hidden ? std::string("hidden") : people_phrase(row.people)) + ")", 3);
    if (row.hidden) {
      paragraph("Too few people to show without giving them away.");
      continue;
    }
    if (row.top.empty()) paragraph("No needs in the capabilities that matter most there.");
    for (const CapabilityFigures& f : row.top)
      bullet(capability_title(fw, f.capability_id) + ": Not yet or Developing " +
             share_text(f.needs, f.asked, f.needs_hidden || f.asked_hidden, r.smallest));
  }
}

void round_comparison(AppState& state, const Framework& fw, const TeamViewCache& view) {
  SharingState& sharing = state.sharing;
  if (view.rounds.size() < 2) return;
  heading("Compare two rounds", 2);
  for (int which = 0; which < 2; ++which) {
    const char* q = which == 0 ? "First round" : "Second round";
    std::string& chosen = which == 0 ? sharing.compare_first : sharing.compare_second;
    heading(q, 3);
    for (const std::string& round : view.rounds)
      if (choice(q, round, "", chosen == round, std::string(q) + "-" + round)) chosen = round;
  }
  team_view(state, fw);
  if (!sharing.filter.round.empty()) {
    paragraph("To compare two rounds, choose All rounds above.");
    return;
  }
  if (!view.report->comparison) {
    paragraph("Choose two different rounds to see the change in each capability.");
    return;
  }
  const RoundComparison& c = *view.report->comparison;
  heading(c.first + " compared with " + c.second, 3);
  if (c.hidden) {
    paragraph("One of these rounds is too small to compare without giving people away.");
    return;
  }
  paragraph(people_phrase(c.people_first) + " in " + c.first + ", " + people_phrase(c.people_second) + " in " +
            c.second + ".");
  for (const RoundChange& row : c.rows)
    bullet(capability_title(fw, row.capability_id) + ". " + round_change_line(row, c, view.report->smallest));
}

}  // namespace

void service_report_screen(AppState& state, const Host& host) {
  heading("Service report", 1);
  const Framework* fw = state.sharing.team.members.empty() ? nullptr : framework_choice(state);
  if (!fw) {
    paragraph("Add people to your team first.");
    if (button("Back")) state.nav.back();
    return;
  }
  const TeamViewCache& view = team_view(state, *fw);
  group_choices(state, view);
  team_view(state, *fw);
  const ServiceReport& r = *view.report;
  paragraph(fw->short_title + " · " + group_words(state) + (r.group_hidden ? "" : " · " + people_phrase(r.people)) + ".");
  note(small_numbers_sentence(r.smallest) + " " + hidden_note(r.smallest) + " Nobody is named in this report.");
  if (r.group_hidden) {
    paragraph("This group is too small to report on without giving people away: figures about " +
              fewer_than(r.smallest) + " people, or about the people outside the group, are not shown.");
  } else if (r.people > 0) {
    heading("In short", 2);
    paragraph(headline(r));
    who_answered(r);
    heading("Top training needs", 2);
    if (r.group_chosen) {
      heading("In this group", 3);
      top_list(r, *fw, r.top_group);
      heading("Across everyone", 3);
    }
    top_list(r, *fw, r.top_everyone);
    capability_charts(r, *fw);
    by_setting(state, r, *fw);
    round_comparison(state, *fw, view);
  }
  gap(metrics().gap_medium);
  if (!r.group_hidden && button("Print the report", ButtonKind::Primary)) {
    const Organisation* org = state.library.organisation();
    call(host.print_html, service_report_html(r, *fw, state.library.roles(), group_words(state),
                                              format_date(call(host.now_ms)), org ? org->name : std::string()));
  }
  if (!r.group_hidden && kiosk_allows(state.kiosk.active, KioskAction::ExportCsv) &&
      button("Export the report as CSV"))
    call(host.download, "capwalk-service-report.csv", "text/csv;charset=utf-8",
         report_csv(r, *fw, state.sharing.filter, state.library.roles()));
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
