// A manager's team: people added from the links they sent, a grid of capabilities by
// person (each cell in words, not colour alone), counts, the team's top needs, and a
// CSV export for commissioners. All of it stays on the manager's device.
#include <algorithm>

#include <cfloat>

#include <imgui.h>

#include "app/core/sharing.h"
#include "fonts.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

std::string short_label(Rating r) {
  const RatingInfo* info = rating_info(r);
  return info ? info->label : "—";
}

// A cell's abbreviation and colour: the grid says it in letters as well as colour.
const char* cell_text(Rating r) {
  switch (r) {
    case Rating::NotYet: return "NY";
    case Rating::Developing: return "D";
    case Rating::Confident: return "C";
    case Rating::CouldSupportOthers: return "S";
    case Rating::NotHadOpportunity: return "NO";
    case Rating::NotSure: return "?";
    default: return "–";
  }
}

ImU32 cell_colour(Rating r) {
  switch (r) {
    case Rating::NotYet: return IM_COL32(0xF6, 0xD5, 0xCE, 0xFF);
    case Rating::Developing: return IM_COL32(0xFB, 0xE7, 0xC0, 0xFF);
    case Rating::Confident: return IM_COL32(0xCF, 0xEA, 0xDA, 0xFF);
    case Rating::CouldSupportOthers: return IM_COL32(0xC9, 0xDB, 0xEE, 0xFF);
    default: return IM_COL32(0xE6, 0xE7, 0xE8, 0xFF);
  }
}

// One row of the heatmap: a cell per person, wrapping on narrow screens.
void heat_row(const std::vector<Rating>& ratings) {
  const float cell = metrics().cell, gap_px = metrics().gap_tight;
  const int per_line = std::max(1, static_cast<int>((column_width() + gap_px) / (cell + gap_px)));
  const int lines = (static_cast<int>(ratings.size()) + per_line - 1) / per_line;
  ImGui::SetCursorPosX(column_left());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(column_width(), lines * (cell + gap_px)));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* font = fonts().body_strong;
  for (size_t i = 0; i < ratings.size(); ++i) {
    const float x = min.x + static_cast<float>(static_cast<int>(i) % per_line) * (cell + gap_px);
    const float y = min.y + static_cast<float>(static_cast<int>(i) / per_line) * (cell + gap_px);
    draw->AddRectFilled(ImVec2(x, y), ImVec2(x + cell, y + cell), cell_colour(ratings[i]), 4);
    const char* text = cell_text(ratings[i]);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text);
    draw->AddText(font, font->FontSize, ImVec2(x + (cell - size.x) / 2, y + (cell - size.y) / 2),
                  IM_COL32(0x0B, 0x0C, 0x0C, 0xFF), text);
  }
}

void filters(AppState& state, const Team& team) {
  TeamFilter& filter = state.sharing.filter;
  std::vector<std::string> roles, settings;
  for (const TeamMember& m : team.members) {
    if (std::find(roles.begin(), roles.end(), m.results.role_id) == roles.end()) roles.push_back(m.results.role_id);
    for (const std::string& s : m.results.settings)
      if (std::find(settings.begin(), settings.end(), s) == settings.end()) settings.push_back(s);
  }
  const RoleCatalogue* catalogue = state.library.roles();
  if (roles.size() > 1) {
    const char* q = "Show which roles?";
    heading(q, 3);
    if (choice(q, "All roles", "", filter.role_id.empty(), "role-all")) filter.role_id.clear();
    for (const std::string& id : roles) {
      const Role* r = catalogue ? catalogue->find_role(id) : nullptr;
      const std::string label = r ? r->title : id.empty() ? "Role not listed" : id;
      if (choice(q, label, "", filter.role_id == id && !id.empty(), "role-" + id)) filter.role_id = id;
    }
  }
  if (settings.size() > 1) {
    const char* q = "Show which settings?";
    heading(q, 3);
    if (choice(q, "All settings", "", filter.setting.empty(), "setting-all")) filter.setting.clear();
    for (const std::string& s : settings)
      if (choice(q, setting_names(catalogue, {s}), "", filter.setting == s, "setting-" + s)) filter.setting = s;
  }
}

// For each setting people in the team work in, the capabilities that matter most
// there with the largest needs: what to commission for that service first.
void needs_by_setting(const AppState& state, const Framework& fw) {
  const RoleCatalogue* catalogue = state.library.roles();
  if (!catalogue) return;
  const std::vector<SettingNeeds> rows =
      emphasised_needs_by_setting(state.sharing.team, fw, state.sharing.filter, *catalogue, 3);
  if (rows.empty()) return;
  gap(metrics().gap_tight);
  heading("What matters most in each setting", 2);
  note("The capabilities emphasised in each setting with the largest needs among the people who work there.");
  for (const SettingNeeds& row : rows) {
    heading(setting_names(catalogue, {row.setting_id}) + " (" + std::to_string(row.people) +
                (row.people == 1 ? " person)" : " people)"), 3);
    if (row.top.empty()) paragraph("No needs in the capabilities that matter most there.");
    for (const CapabilityTally& t : row.top) {
      const Capability* c = fw.find_capability(t.capability_id);
      auto count = [&](Rating r) { auto it = t.counts.find(r); return it == t.counts.end() ? 0 : it->second; };
      bullet((c ? c->title : t.capability_id) + ": " + std::to_string(count(Rating::NotYet)) + " Not yet, " +
             std::to_string(count(Rating::Developing)) + " Developing, " + std::to_string(t.training_requests) +
             " asked for training");
    }
  }
}

}  // namespace

void team_screen(AppState& state, const Host& host) {
  SharingState& sharing = state.sharing;
  Team& team = sharing.team;
  heading("Your team", 1);
  paragraph("Add the links your team sends you to see their training needs together. The team is "
            "kept on this device only.");
  text_field("Paste one or more links", sharing.paste, "team-paste", true,
             "Each link on its own line, or separated by spaces.");
  if (button("Add to team", ButtonKind::Primary)) add_pasted_links(state);
  if (sharing.last_add) {
    const TeamAddOutcome& o = *sharing.last_add;
    std::string text = std::to_string(o.added) + (o.added == 1 ? " person added." : " people added.");
    if (o.duplicates > 0) text += " " + std::to_string(o.duplicates) + " already in the team.";
    status_message(text);
    for (const std::string& problem : o.problems) bullet(problem);
  }
  for (const std::string& line : kept_member_lines(team)) paragraph(line);
  const LibraryEntry* entry = state.library.find(team.framework_id);
  if (team.members.empty() || !entry) {
    gap(metrics().gap_medium);
    if (button("Back")) state.nav.back();
    return;
  }
  const Framework& fw = entry->framework;
  gap(metrics().gap_small);
  const std::size_t people = team.members.size();
  paragraph(std::to_string(people) + (people == 1 ? " person" : " people") + " · " + fw.short_title);
  filters(state, team);
  const std::vector<CapabilityTally> tallies = tally(team, fw, sharing.filter);

  gap(metrics().gap_tight);
  heading("Top training needs", 2);
  const auto needs = top_needs(tallies, 5);
  if (needs.empty()) paragraph("No needs yet.");
  for (const CapabilityTally& t : needs) {
    const Capability* c = fw.find_capability(t.capability_id);
    auto count = [&](Rating r) { auto it = t.counts.find(r); return it == t.counts.end() ? 0 : it->second; };
    bullet(c->title + ": " + std::to_string(count(Rating::NotYet)) + " Not yet, " +
           std::to_string(count(Rating::Developing)) + " Developing, " + std::to_string(t.training_requests) +
           " asked for training");
  }

  needs_by_setting(state, fw);

  gap(metrics().gap_tight);
  heading("Everyone, capability by capability", 2);
  note("Each square is one person, in the order of the list below: NY Not yet, D Developing, "
       "C Confident, S Could support others, NO Not had the opportunity, ? Not sure, – not answered.");
  // Each shown person's answers, resolved against the framework once for all rows.
  std::vector<std::pair<const TeamMember*, Assessment>> shown;
  for (const TeamMember& m : team.members) {
    if (!matches_filter(m, sharing.filter)) continue;
    shown.emplace_back(&m, resolve_share(m.results, fw, "").assessment);
  }
  for (const CapabilityTally& t : tallies) {
    if (t.asked == 0) continue;
    const Capability* c = fw.find_capability(t.capability_id);
    heading(c->title, 3);
    auto count = [&](Rating r) { auto it = t.counts.find(r); return it == t.counts.end() ? 0 : it->second; };
    std::vector<Rating> cells;  // one per shown person, so squares line up with the list
    std::string row;
    for (const auto& [member, answers] : shown) {
      const bool asked = std::find(answers.capability_ids.begin(), answers.capability_ids.end(), c->id) !=
                         answers.capability_ids.end();
      const auto it = answers.answers.find(c->id);
      const Rating rating = it == answers.answers.end() ? Rating::Unanswered : it->second.rating;
      cells.push_back(rating);
      row += (row.empty() ? "" : " · ") + member->label + ": " +
             (asked ? short_label(rating) : std::string("not asked"));
    }
    heat_row(cells);
    note(std::to_string(count(Rating::NotYet)) + " Not yet · " + std::to_string(count(Rating::Developing)) +
         " Developing");
    note(row);
  }

  gap(metrics().gap_tight);
  heading("People", 2);
  std::string remove_id;
  for (const TeamMember& m : team.members)
    if (button(("Remove " + m.label + "##" + m.id).c_str())) remove_id = m.id;
  if (!remove_id.empty()) remove_team_member(state, remove_id);
  gap(metrics().gap_medium);
  if (kiosk_allows(state.kiosk.active, KioskAction::ExportCsv)) {
    if (button("Export CSV for a spreadsheet"))
      call(host.download, "capwalk-team.csv", "text/csv;charset=utf-8",
                    team_csv(team, fw, sharing.filter, state.library.roles()));
    gap(metrics().gap_small);
  }
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
