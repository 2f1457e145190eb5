// One capability a page: where it sits, what it means at the person's tier (the lower
// tiers' statements and the setting's words folded), the rating, Next, then an optional
// training request and private note. Number keys 1 to 6 (kRatingKeys) pick a rating and
// Enter moves on. The page forwards every digit key
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

// "Tier 1" or "Tiers 1 and 2".
std::string tier_names(const std::vector<int>& levels) {
  std::string names = levels.size() == 1 ? "Tier " : "Tiers ";
  for (std::size_t i = 0; i < levels.size(); ++i)
    names += (i == 0 ? "" : i + 1 == levels.size() ? " and " : ", ") + std::to_string(levels[i]);
  return names;
}

// What a page can say beyond the person's own tier: the statements of the lower tiers
// it builds on, and what it looks like where they work. Folded by default (on a phone
// they would push the rating a screen further down), open on every page once opened. The button keeps its place and its id (###) as its words change, so the
// keyboard focus stays on it.
void more_detail(AppState& state, const Capability& cap, const TierStatements& statements) {
  const bool lower = !statements.lower.empty();
  const bool practice = has_practice_words(state, cap);
  if (!lower && !practice) return;
  const Assessment* a = current_assessment(state);
  const std::string tiers = lower ? tier_names(statements.lower_levels) : std::string();
  const std::string where = practice && a ? setting_short_names(state.library.roles(), emphasised_in(cap, a->settings)) : "";
  bool& open = state.screen.more_detail_open;
  std::string label = open ? "Show less"
                      : lower && practice ? std::string("More about this capability")
                      : lower ? "Show the " + tiers + " statements too (" + std::to_string(statements.lower.size()) + ")"
                              : "Show what it means in " + where;
  if (button((label + "###more-detail").c_str())) open = !open;
  if (!open) return;
  if (lower) {
    heading("It builds on " + tiers, 3);
    for (const std::string& s : statements.lower) bullet(s);
  }
  practice_words(state, cap);
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

  // Where the page sits, above the bar: the area, then the count (how many are answered
  // is on All capabilities).
  const Domain* domain = fw.find_domain(cap->domain);
  note((domain ? domain->title + " · " : std::string()) + std::to_string(index + 1) + " of " + std::to_string(count));
  progress("Progress", index + 1, count);
  name_heading(cap->title);
  // In bold, not a status box: it is part of the page, not news to announce, and a
  // line takes less of a phone's screen than a box.
  if (const std::string line = emphasis_line(state.library.roles(), *cap, a->settings); !line.empty())
    strong_paragraph(line);
  paragraph(cap->summary);
  if (!cap->applies_to.empty()) note("Applies to " + cap->applies_to + ".");

  const TierStatements statements = statements_by_tier(*cap, a->tier);
  heading(fw.is_tiered() ? "At Tier " + std::to_string(a->tier) + ", this means" : "What this means in practice", 2);
  for (const std::string& s : statements.at_tier) bullet(s);
  more_detail(state, *cap, statements);
  capability_in_setting(state, host, *cap, answer);

  // The rating comes straight after what it is about, each option one line until
  // chosen or focused, and Next straight after it: the training request and the note
  // follow, so a phone's first screen and a half hold everything a rating needs.
  heading(kQuestion, 2);
  begin_compact_choices();
  for (const RatingInfo& option : rating_options())
    if (compact_choice(kQuestion, option.label, option.explanation, answer.rating == option.rating, option.key))
      set_rating(state, option.rating, call(host.now_ms));
  end_compact_choices();

  const bool last = index + 1 == count;
  switch (button_pair("Back", ButtonKind::Secondary, last ? "See my results" : "Next", ButtonKind::Primary, true)) {
    case 1: previous_capability(state, call(host.now_ms)); break;
    case 2: next_capability(state, call(host.now_ms)); break;
    default: break;
  }

  gap(metrics().gap_medium);
  bool training = answer.wants_training;
  if (checkbox("I'd like training on this", training, "training")) set_wants_training(state, training, call(host.now_ms));
  std::string text = answer.note;
  if (text_field("Private note (optional)", text, "note-" + id, true,
                 "Only you can see this. It stays on this device unless you choose to share it.",
                 kNoteMaxCharacters))
    set_note(state, text, call(host.now_ms));
  gap(metrics().gap_small);
  if (button("All capabilities")) state.nav.go(Screen::Contents);
  keyboard_shortcuts(state, host);
}

}  // namespace capwalk::ui
