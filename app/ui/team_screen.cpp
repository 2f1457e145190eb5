// A manager's team, or a whole service: links added by pasting or from a file (a
// step each frame, with a progress bar), the framework and group to look at, the top
// needs, the way to the service report, the person grid a page at a time, and the
// exports. All of it stays on the manager's device. Everything counted comes from
// team_view() (sharing.h), worked out when something changes, never once a frame.
#include <algorithm>
#include <cfloat>

#include <imgui.h>

#include "app/core/sharing.h"
#include "app/core/team_answers.h"
#include "app/core/team_export.h"
#include "app_screens.h"
#include "fonts.h"
#include "team_view.h"
#include "theme.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

constexpr std::size_t kImportStep = 2000;  // links added per frame
constexpr int kPeoplePerPage = 20;

// A cell's abbreviation: the grid says it in letters as well as colour.
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

// One person's answers as squares, in framework order, wrapping on narrow screens.
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
    const bool answered = ratings[i] != Rating::Unanswered;
    draw->AddRectFilled(ImVec2(x, y), ImVec2(x + cell, y + cell),
                        answered ? rating_colour(ratings[i]) : palette().secondary, 4);
    const char* text = cell_text(ratings[i]);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text);
    draw->AddText(font, font->FontSize, ImVec2(x + (cell - size.x) / 2, y + (cell - size.y) / 2),
                  IM_COL32(0x0B, 0x0C, 0x0C, 0xFF), text);
  }
}

void add_links(AppState& state, const Host& host) {
  SharingState& sharing = state.sharing;
  text_field("Paste one or more links", sharing.paste, "team-paste", true,
             "Each link on its own line, or separated by spaces or commas.");
  text_field("Round (optional)", sharing.round, "team-round", false,
             "For example Spring 2026. The report can compare one round with another.", kMaxRoundLength);
  if (sharing.import) {
    continue_team_import(state, kImportStep);
  }
  if (sharing.import) {
    const TeamImport& job = *sharing.import;
    progress("Adding links", static_cast<int>(job.next), static_cast<int>(job.links.size()));
    status_message("Adding links: " + with_thousands(static_cast<long long>(job.next)) + " of " +
                   with_thousands(static_cast<long long>(job.links.size())) + ".");
    return;
  }
  if (button("Add to team", ButtonKind::Primary)) add_pasted_links(state);
  if (kiosk_allows(state.kiosk.active, KioskAction::OpenFile) && button("Open a file of links")) {
    state.next_file_is_links = true;
    call(host.choose_file, kLinkFiles);
  }
  note("A text, CSV or TSV file, such as a column exported from a form or a mailbox: every link in it is found.");
  if (sharing.last_add) {
    const std::vector<std::string> lines = outcome_lines(*sharing.last_add);
    status_message((sharing.file_name.empty() ? "" : "From " + sharing.file_name + ": ") + lines.front());
    for (std::size_t i = 1; i < lines.size(); ++i) bullet(lines[i]);
  }
}

void top_needs_section(const Framework& fw, const ServiceReport& report) {
  gap(metrics().gap_tight);
  heading("Top training needs", 2);
  if (report.group_hidden) {
    paragraph("This group is too small to show without giving people away: figures about " +
              fewer_than(report.smallest) + " people, or about the people outside the group, are not shown.");
    return;
  }
  const std::vector<std::string>& ids = report.group_chosen ? report.top_group : report.top_everyone;
  if (ids.empty()) paragraph("No needs yet.");
  for (const std::string& id : ids) {
    const Capability* c = fw.find_capability(id);
    const CapabilityFigures* f = figures_of(report, id);
    if (c && f) bullet(c->title + ": " + need_shares_text(*f, report.smallest));
  }
}

std::string person_details(const AppState& state, const TeamMember& m, const Framework& fw) {
  const RoleCatalogue* roles = state.library.roles();
  std::string text = role_title_of(roles, m.results.role_id);
  if (fw.is_tiered()) text += " · Tier " + std::to_string(m.results.tier);
  if (!m.results.settings.empty()) text += " · " + setting_names(roles, m.results.settings);
  if (!m.round.empty()) text += " · " + m.round;
  return text;
}

// One person of the grid: who, their squares, their needs in words, and what the
// manager can do.
void person_row(AppState& state, const Framework& fw, const TeamViewCache& view, std::size_t row,
                std::string& remove_id) {
  SharingState& sharing = state.sharing;
  const TeamMember& m = sharing.team.members[view.answers.members[row]];
  heading(m.label, 3);
  note(person_details(state, m, fw));
  const std::uint8_t* cells = view.answers.row(row);
  std::vector<Rating> ratings;
  std::string needs;
  for (std::size_t c = 0; c < view.answers.width; ++c) {
    if (!(cells[c] & kCellAsked)) continue;
    const Rating r = cell_rating(cells[c]);
    ratings.push_back(r);
    if (r == Rating::NotYet || r == Rating::Developing)
      needs += (needs.empty() ? "" : "; ") + fw.capabilities[c].title + " (" + rating_info(r)->label + ")";
  }
  heat_row(ratings);
  note(needs.empty() ? "No capability rated Not yet or Developing." : "Needs: " + needs + ".");
  if (sharing.renaming == m.id) {
    text_field("New name for " + m.label, sharing.new_name, "rename-" + m.id, false,
               "Kept on this device only, like the rest of the team.", kMaxLabelLength);
    const int pressed = button_pair("Save name", ButtonKind::Primary, "Cancel", ButtonKind::Secondary);
    if (pressed == 1) rename_team_member(state, m.id, sharing.new_name);
    if (pressed != 0 || escape_pressed()) sharing.renaming.clear();
    return;
  }
  const std::string id = m.id;
  const int pressed = button_pair(("Rename " + m.label + "##" + id).c_str(), ButtonKind::Secondary,
                                  ("Remove " + m.label + "##" + id).c_str(), ButtonKind::Secondary);
  if (pressed == 1) {
    sharing.renaming = id;
    sharing.new_name = m.label;
  }
  if (pressed == 2) remove_id = id;
}

void person_grid(AppState& state, const Framework& fw, const TeamViewCache& view) {
  SharingState& sharing = state.sharing;
  gap(metrics().gap_tight);
  heading("People", 2);
  checkbox("Show each person", sharing.show_people, "show-people");
  if (!sharing.show_people) return;
  note("Each square is one capability the person was asked, in framework order: NY Not yet, D Developing, "
       "C Confident, S Could support others, NO Not had the opportunity, ? Not sure, – not answered.");
  const char* q = "Order people by";
  heading(q, 3);
  const std::pair<PersonOrder, const char*> orders[] = {
      {PersonOrder::Added, "The order they were added"}, {PersonOrder::Name, "Name"}, {PersonOrder::MostNeeds, "Most needs first"}};
  for (const auto& [order, label] : orders)
    if (choice(q, label, "", sharing.order == order, label)) {
      sharing.order = order;
      sharing.page = 0;
    }
  const int total = static_cast<int>(view.people.size());
  const int pages = std::max(1, (total + kPeoplePerPage - 1) / kPeoplePerPage);
  sharing.page = std::clamp(sharing.page, 0, pages - 1);
  const int first = sharing.page * kPeoplePerPage, last = std::min(total, first + kPeoplePerPage);
  if (total == 0) {
    paragraph("Nobody in this group.");
    return;
  }
  paragraph("People " + with_thousands(first + 1) + " to " + with_thousands(last) + " of " + with_thousands(total) +
            (pages > 1 ? " (page " + with_thousands(sharing.page + 1) + " of " + with_thousands(pages) + ")" : ""));
  std::string remove_id;
  for (int i = first; i < last; ++i) person_row(state, fw, view, view.people[static_cast<std::size_t>(i)], remove_id);
  if (pages > 1) {
    gap(metrics().gap_small);
    if (sharing.page > 0 && button("Previous page")) --sharing.page;
    if (sharing.page + 1 < pages && button("Next page")) ++sharing.page;
  }
  if (!remove_id.empty()) remove_team_member(state, remove_id);
}

void exports(AppState& state, const Host& host, const Framework& fw, const TeamViewCache& view) {
  if (!kiosk_allows(state.kiosk.active, KioskAction::ExportCsv)) return;
  gap(metrics().gap_tight);
  heading("Exports", 2);
  note("These files list each person, as the links do. To pass figures on, use the service report's export, "
       "where small groups are hidden.");
  const SharingState& sharing = state.sharing;
  if (button("Export CSV for a spreadsheet"))
    call(host.download, "capwalk-team.csv", "text/csv;charset=utf-8",
         team_csv(sharing.team, fw, sharing.filter, state.library.roles()));
  if (button("Export one row per answer (CSV)"))
    call(host.download, "capwalk-team-long.csv", "text/csv;charset=utf-8",
         long_csv(sharing.team, view.answers, fw, sharing.filter, state.library.roles()));
}

}  // namespace

void team_screen(AppState& state, const Host& host) {
  SharingState& sharing = state.sharing;
  heading("Your team", 1);
  paragraph("Add the links your team sends you to see their training needs together, up to a whole service. "
            "The team is kept on this device only: nothing is sent anywhere.");
  add_links(state, host);
  for (const std::string& line : kept_member_lines(sharing.team)) paragraph(line);
  const Framework* fw = sharing.team.members.empty() ? nullptr : framework_choice(state);
  if (!fw) {
    gap(metrics().gap_medium);
    if (button("Back")) state.nav.back();
    return;
  }
  const TeamViewCache& view = team_view(state, *fw);
  gap(metrics().gap_small);
  paragraph(people_phrase(static_cast<long long>(view.answers.members.size())) + " · " + fw->short_title);
  if (button("Open the service report", ButtonKind::Primary)) state.nav.go(Screen::ServiceReport);
  group_choices(state, view);
  team_view(state, *fw);  // the group may have changed: `view` is brought up to date
  top_needs_section(*fw, *view.report);
  person_grid(state, *fw, view);
  exports(state, host, *fw, view);
  gap(metrics().gap_medium);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
