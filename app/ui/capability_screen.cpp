// One capability a page: where it sits, what it means at the person's tier, and the
// rating, with an optional training request and private note. Number keys 1 to 6
// (kRatingKeys) pick a rating and Enter moves on. The page forwards every digit key
// 1 to 9 and Enter (web/shell.js); 7, 8 and 9 do nothing here.
#include <iterator>

#include <imgui.h>

#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "setting_view.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

const char* kQuestion = "How would you rate yourself?";

void missing_framework(AppState& state, const Assessment& a) {
  heading("This framework is not available", 1);
  paragraph("The assessment uses the framework “" + a.framework_id +
            "”, which is not loaded on this page. If it came from a file, open that "
            "file again on the framework screen, then continue.");
  if (button("Back")) state.nav.back();
}

// Key i picks rating_options()[i], so the keys follow the options as shown.
constexpr ImGuiKey kRatingKeys[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4, ImGuiKey_5, ImGuiKey_6};
static_assert(std::size(kRatingKeys) == kRatingOptionCount, "one number key per rating option");

// Number keys pick a rating; Enter goes to the next page.
void keyboard_shortcuts(AppState& state, const Host& host) {
  for (std::size_t i = 0; i < std::size(kRatingKeys); ++i)
    if (ImGui::IsKeyPressed(kRatingKeys[i], false)) set_rating(state, rating_options()[i].rating, call(host.now_ms));
  if (ImGui::IsKeyPressed(ImGuiKey_Enter, false)) next_capability(state, call(host.now_ms));
}

}  // namespace

void capability_screen(AppState& state, const Host& host) {
  Assessment* a = current_assessment(state);
  if (!a || a->capability_ids.empty()) {
    state.nav.restart();
    return;
  }
  const LibraryEntry* entry = state.library.find(a->framework_id);
  if (!entry) return missing_framework(state, *a);
  const Framework& fw = entry->framework;
  const int count = static_cast<int>(a->capability_ids.size());
  const int index = a->page_index();
  const std::string& id = a->capability_ids[static_cast<size_t>(index)];
  const Capability* cap = fw.find_capability(id);
  if (!cap) {  // the framework changed since: skip what it no longer has
    next_capability(state, call(host.now_ms));
    return;
  }
  const Answer answer = a->answers.count(id) ? a->answers.at(id) : Answer{};

  note("Capability " + std::to_string(index + 1) + " of " + std::to_string(count) + " · " +
       std::to_string(a->answered_count()) + " answered");
  progress("Progress", index + 1, count);
  gap(metrics().gap_tight);
  if (const Domain* d = fw.find_domain(cap->domain)) note(d->title);
  heading(cap->title, 1);
  if (const std::string line = emphasis_line(state.library.roles(), *cap, a->settings); !line.empty())
    status_message(line);
  paragraph(cap->summary);
  if (!cap->applies_to.empty()) note("Applies to " + cap->applies_to + ".");

  const std::vector<std::string> statements = statements_for_tier(*cap, a->tier);
  gap(metrics().gap_tight);
  heading(fw.is_tiered() ? "At Tier " + std::to_string(a->tier) + ", this means" : "What this means in practice", 2);
  for (const std::string& s : statements) bullet(s);
  capability_in_setting(state, host, *cap, answer);

  gap(metrics().gap_tight);
  heading(kQuestion, 2);
  for (const RatingInfo& option : rating_options())
    if (choice(kQuestion, option.label, option.explanation, answer.rating == option.rating, option.key))
      set_rating(state, option.rating, call(host.now_ms));
  gap(metrics().gap_tight);
  bool training = answer.wants_training;
  if (checkbox("I'd like training on this", training, "training")) set_wants_training(state, training, call(host.now_ms));
  std::string text = answer.note;
  if (text_field("Private note (optional)", text, "note-" + id, true,
                 "Only you can see this. It stays on this device unless you choose to share it.",
                 kNoteMaxCharacters))
    set_note(state, text, call(host.now_ms));

  gap(metrics().gap_medium);
  const bool last = index + 1 == count;
  switch (button_pair("Back", ButtonKind::Secondary, last ? "See my results" : "Next", ButtonKind::Primary)) {
    case 1: previous_capability(state, call(host.now_ms)); break;
    case 2: next_capability(state, call(host.now_ms)); break;
    default: break;
  }
  gap(metrics().gap_small);
  if (button("All capabilities")) state.nav.go(Screen::Contents);
  keyboard_shortcuts(state, host);
}

}  // namespace capwalk::ui
