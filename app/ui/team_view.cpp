#include "team_view.h"

#include "app/core/sharing.h"
#include "app/core/team_answers.h"
#include "palette.h"
#include "theme.h"
#include "widgets.h"

namespace capwalk::ui {

ImU32 rating_colour(Rating r) {
  const Palette& p = palette();
  switch (r) {
    case Rating::NotYet: return p.rating_not_yet;
    case Rating::Developing: return p.rating_developing;
    case Rating::Confident: return p.rating_confident;
    case Rating::CouldSupportOthers: return p.rating_support_others;
    default: return p.rating_other;
  }
}

const Framework* framework_choice(AppState& state) {
  SharingState& sharing = state.sharing;
  std::vector<const LibraryEntry*> here;
  std::vector<std::string> missing;
  for (const std::string& id : team_frameworks(sharing.team)) {
    const LibraryEntry* entry = state.library.find(id);
    if (entry) here.push_back(entry);
    else missing.push_back(id);
  }
  for (const std::string& id : missing)
    note(people_phrase(members_of_framework(sharing.team, id)) + " used the framework “" + id +
         "”, which is not on this device. They are kept in the team; open that framework's file on the "
         "framework screen to see them.");
  if (here.empty()) return nullptr;
  const LibraryEntry* shown = state.library.find(sharing.framework_id);
  if (!shown || members_of_framework(sharing.team, sharing.framework_id) == 0) {
    shown = here.front();
    sharing.framework_id = shown->framework.id;
  }
  if (here.size() > 1) {
    const char* q = "Which framework?";
    heading(q, 3);
    for (const LibraryEntry* entry : here) {
      const std::string label = entry->framework.short_title + " (" +
                                people_phrase(members_of_framework(sharing.team, entry->framework.id)) + ")";
      if (choice(q, label, "", entry == shown, "framework-" + entry->framework.id)) {
        sharing.framework_id = entry->framework.id;
        sharing.page = 0;
        shown = entry;
      }
    }
  }
  return &shown->framework;
}

namespace {

// One question of the group choice; `field` is the filter's field it sets.
void one_choice(AppState& state, const char* question, const char* all, const std::vector<std::string>& values,
                std::string TeamFilter::*field, std::string (*words)(const RoleCatalogue*, const std::string&),
                const char* id) {
  if (values.size() < 2) return;
  TeamFilter& filter = state.sharing.filter;
  const RoleCatalogue* roles = state.library.roles();
  heading(question, 3);
  if (choice(question, all, "", (filter.*field).empty(), std::string(id) + "-all")) {
    filter.*field = std::string();
    state.sharing.page = 0;
  }
  for (const std::string& v : values) {
    if (v.empty()) continue;  // "Role not listed" is not a sector to choose
    if (choice(question, words(roles, v), "", filter.*field == v, std::string(id) + "-" + v)) {
      filter.*field = v;
      state.sharing.page = 0;
    }
  }
}

std::string setting_words(const RoleCatalogue* roles, const std::string& id) { return setting_names(roles, {id}); }
std::string round_words(const RoleCatalogue*, const std::string& id) { return id; }

}  // namespace

void group_choices(AppState& state, const TeamViewCache& view) {
  if (view.sectors.size() < 2 && view.roles.size() < 2 && view.settings.size() < 2 && view.rounds.size() < 2) return;
  // Closed until asked for: on a phone the choices would fill the first screens.
  bool open = state.sharing.choosing_group || !state.sharing.filter.empty();
  if (checkbox("Look at one group (by sector, role, setting or round)", open, "choose-group")) {
    state.sharing.choosing_group = open;
    if (!open) state.sharing.filter = TeamFilter{};
  }
  if (!open) return;
  one_choice(state, "Show which sector?", "All sectors", view.sectors, &TeamFilter::sector, sector_name_of, "sector");
  one_choice(state, "Show which roles?", "All roles", view.roles, &TeamFilter::role_id, role_title_of, "role");
  one_choice(state, "Show which settings?", "All settings", view.settings, &TeamFilter::setting, setting_words,
             "setting");
  one_choice(state, "Show which round?", "All rounds", view.rounds, &TeamFilter::round, round_words, "round");
}

std::string group_words(const AppState& state) {
  const TeamFilter& f = state.sharing.filter;
  const RoleCatalogue* roles = state.library.roles();
  std::vector<std::string> parts;
  if (!f.sector.empty()) parts.push_back(sector_name_of(roles, f.sector));
  if (!f.role_id.empty()) parts.push_back(role_title_of(roles, f.role_id));
  if (!f.setting.empty()) parts.push_back(setting_words(roles, f.setting));
  if (!f.round.empty()) parts.push_back(f.round);
  if (parts.empty()) return "Everyone";
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

void share_bar(const std::vector<std::pair<int, ImU32>>& parts, int total) {
  const float width = column_width(), height = metrics().chart_height;
  ImGui::SetCursorPosX(column_left());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), palette().secondary, 4);
  float x = min.x;
  for (const auto& [n, colour] : parts) {
    if (n <= 0 || total <= 0) continue;
    const float w = width * static_cast<float>(n) / static_cast<float>(total);
    draw->AddRectFilled(ImVec2(x, min.y), ImVec2(x + w, min.y + height), colour);
    draw->AddLine(ImVec2(x + w, min.y), ImVec2(x + w, min.y + height), palette().page, 2);
    x += w;
  }
  draw->AddRect(min, ImVec2(min.x + width, min.y + height), palette().card_border, 4);
}

}  // namespace capwalk::ui
