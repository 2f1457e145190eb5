#include "walkthrough.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace capwalk {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool role_matches(const Role& role, const std::string& sector_name,
                  const std::vector<std::string>& words) {
  std::string haystack = lower(role.title + " " + sector_name);
  for (const std::string& s : role.synonyms) haystack += " " + lower(s);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return haystack.find(w) != std::string::npos; });
}

void touched(AppState& state, Assessment& a, std::int64_t now_ms) {
  a.updated_at = now_ms;
  ++state.changes;
}

}  // namespace

const Framework* chosen_framework(const AppState& state) {
  const LibraryEntry* entry = state.library.find(state.chosen_framework);
  return entry ? &entry->framework : nullptr;
}

const Role* chosen_role(const AppState& state) {
  if (state.setup.role_not_listed || !state.library.roles()) return nullptr;
  return state.library.roles()->find_role(state.setup.role_id);
}

std::vector<const Role*> search_roles(const RoleCatalogue& catalogue, const std::string& query) {
  std::vector<std::string> words;
  std::string word;
  for (char c : lower(query) + " ") {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  std::vector<const Role*> out;
  for (const Role& role : catalogue.roles) {
    auto sector = std::find_if(catalogue.sectors.begin(), catalogue.sectors.end(),
                               [&](const Sector& s) { return s.id == role.sector; });
    if (role_matches(role, sector == catalogue.sectors.end() ? "" : sector->name, words))
      out.push_back(&role);
  }
  return out;
}

void continue_from_framework(AppState& state) {
  if (state.nav.previous() == Screen::ChooseRole)
    state.nav.back();
  else
    state.nav.go(Screen::ChooseRole);
}

void choose_role(AppState& state, const std::string& role_id) {
  state.setup.role_id = role_id;
  state.setup.role_not_listed = false;
  state.setup.tier = 0;
  state.setup.changing_tier = false;
  if (const Role* role = chosen_role(state)) state.setup.settings = role->suggested_settings;
  state.setup.several_settings = state.setup.settings.size() > 1;
  state.nav.go(Screen::AboutYourWork);
}

void choose_role_not_listed(AppState& state) {
  state.setup.role_id.clear();
  state.setup.role_not_listed = true;
  state.setup.tier = 0;
  state.setup.changing_tier = false;
  state.nav.go(Screen::AboutYourWork);
}

int suggested_tier(const AppState& state) {
  // Answers left from an earlier set-up do not override a listed role's suggestion
  // unless the person asked to change it (the questions are then showing again).
  if (asks_contact_questions(state) && state.setup.frequency && state.setup.autonomy)
    return suggest_tier(*state.setup.frequency, *state.setup.autonomy);
  if (const Role* role = chosen_role(state)) return role->suggested_tier;
  return kFirstTier;
}

bool asks_contact_questions(const AppState& state) {
  return state.setup.changing_tier || !chosen_role(state);
}

void change_tier(AppState& state) { state.setup.changing_tier = true; }

void start_assessment(AppState& state, const std::string& new_id, std::int64_t now_ms) {
  const Framework* fw = chosen_framework(state);
  if (!fw) return;
  const Role* role = chosen_role(state);
  Assessment a;
  a.id = new_id;
  a.framework_id = fw->id;
  a.framework_version = fw->version;
  a.role_id = role ? role->id : "";
  a.role_title = role ? role->title : kRoleNotListed;
  a.tier = fw->is_tiered() ? (state.setup.tier ? state.setup.tier : suggested_tier(state)) : kFirstTier;
  a.settings = state.setup.settings;
  a.created_at = a.updated_at = now_ms;
  a.capability_ids = capabilities_for(*fw, role, a.tier, a.settings);
  state.stored.assessments.push_back(std::move(a));
  state.stored.current_id = new_id;
  ++state.changes;
  state.nav.go(Screen::Capability);
}

Assessment* current_assessment(AppState& state) {
  for (Assessment& a : state.stored.assessments)
    if (a.id == state.stored.current_id) return &a;
  return nullptr;
}

const Assessment* find_assessment(const AppState& state, const std::string& id) {
  for (const Assessment& a : state.stored.assessments)
    if (a.id == id) return &a;
  return nullptr;
}

namespace {
Answer* current_answer(AppState& state, Assessment*& a) {
  a = current_assessment(state);
  if (!a || a->capability_ids.empty()) return nullptr;
  return &a->answers[a->capability_ids[static_cast<size_t>(a->page_index())]];
}
}  // namespace

void set_rating(AppState& state, Rating rating, std::int64_t now_ms) {
  Assessment* a = nullptr;
  if (Answer* answer = current_answer(state, a); answer && (answer->rating != rating || answer->skipped)) {
    answer->rating = rating;
    answer->skipped = false;  // answered after all
    touched(state, *a, now_ms);
  }
}

void skip_capability(AppState& state, std::int64_t now_ms) {
  Assessment* a = nullptr;
  if (Answer* answer = current_answer(state, a)) {
    if (!answer->skipped || answer->rating != Rating::Unanswered) {
      answer->skipped = true;
      answer->rating = Rating::Unanswered;
      answer->wants_training = false;
      touched(state, *a, now_ms);
    }
    next_capability(state, now_ms);
  }
}

void set_assessment_settings(AppState& state, const std::vector<std::string>& settings,
                             std::int64_t now_ms) {
  Assessment* a = current_assessment(state);
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  if (!a || !entry || a->settings == settings) return;
  const std::string on_page = a->capability_ids.empty() ? "" : a->capability_ids[static_cast<std::size_t>(a->page_index())];
  a->settings = settings;
  a->capability_ids = walk_order(entry->framework, a->capability_ids, settings);
  const auto at = std::find(a->capability_ids.begin(), a->capability_ids.end(), on_page);
  if (at != a->capability_ids.end()) a->current_index = static_cast<int>(at - a->capability_ids.begin());
  touched(state, *a, now_ms);
}

void set_wants_training(AppState& state, bool wants, std::int64_t now_ms) {
  Assessment* a = nullptr;
  if (Answer* answer = current_answer(state, a); answer && answer->wants_training != wants) {
    answer->wants_training = wants;
    touched(state, *a, now_ms);
  }
}

void set_note(AppState& state, const std::string& text, std::int64_t now_ms) {
  Assessment* a = nullptr;
  const std::string note = limited_text(text, kNoteMaxCharacters);
  if (Answer* answer = current_answer(state, a); answer && answer->note != note) {
    answer->note = note;
    touched(state, *a, now_ms);
  }
}

void go_to_capability(AppState& state, int index, std::int64_t now_ms) {
  Assessment* a = current_assessment(state);
  if (!a) return;
  const int count = static_cast<int>(a->capability_ids.size());
  if (index >= count) {
    show_results(state, now_ms);
    return;
  }
  const int target = std::max(0, index);
  if (target != a->current_index) {
    a->current_index = target;
    touched(state, *a, now_ms);
  }
  if (state.nav.current() == Screen::Capability) {
    state.nav.redraw();  // same screen, new page: announced and scrolled to the top
  } else {
    state.nav.go(Screen::Capability);
  }
}

void next_capability(AppState& state, std::int64_t now_ms) {
  if (Assessment* a = current_assessment(state)) go_to_capability(state, a->current_index + 1, now_ms);
}

void previous_capability(AppState& state, std::int64_t now_ms) {
  Assessment* a = current_assessment(state);
  if (!a) return;
  if (a->current_index == 0) {
    state.nav.back();
    return;
  }
  go_to_capability(state, a->current_index - 1, now_ms);
}

void show_results(AppState& state, std::int64_t now_ms) {
  if (Assessment* a = current_assessment(state); a && !a->finished) {
    a->finished = true;
    touched(state, *a, now_ms);
  }
  state.nav.go(Screen::Results);
}

void resume_assessment(AppState& state, const std::string& id) {
  if (!find_assessment(state, id)) return;
  if (state.stored.current_id != id) {
    state.stored.current_id = id;
    ++state.changes;
  }
  const Assessment* a = find_assessment(state, id);
  const LibraryEntry* entry = state.library.find(a->framework_id);
  if (entry) state.chosen_framework = a->framework_id;
  state.nav.go(a->finished ? Screen::Results : Screen::Capability);
}

void delete_assessment(AppState& state, const std::string& id) {
  auto& list = state.stored.assessments;
  const auto before = list.size();
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Assessment& a) { return a.id == id; }),
             list.end());
  if (list.size() == before) return;
  if (state.stored.current_id == id) state.stored.current_id.clear();
  ++state.changes;
}

void start_again(AppState& state, const std::string& previous_id, const std::string& new_id,
                 std::int64_t now_ms) {
  const Assessment* previous = find_assessment(state, previous_id);
  if (!previous) return;
  Assessment a = start_again_from(*previous, new_id, now_ms);
  state.stored.assessments.push_back(std::move(a));
  state.stored.current_id = new_id;
  state.chosen_framework = state.stored.assessments.back().framework_id;
  ++state.changes;
  state.nav.go(Screen::Capability);
}

PlanItem* plan_item(AppState& state, const std::string& capability_id) {
  Assessment* a = current_assessment(state);
  if (!a) return nullptr;
  for (PlanItem& item : a->plan)
    if (item.capability_id == capability_id) return &item;
  return nullptr;
}

void set_in_plan(AppState& state, const std::string& capability_id, bool included,
                 std::int64_t now_ms) {
  Assessment* a = current_assessment(state);
  if (!a || (plan_item(state, capability_id) != nullptr) == included) return;
  if (included) {
    PlanItem item;
    item.capability_id = capability_id;
    a->plan.push_back(std::move(item));
  } else {
    a->plan.erase(std::remove_if(a->plan.begin(), a->plan.end(),
                                 [&](const PlanItem& p) { return p.capability_id == capability_id; }),
                  a->plan.end());
  }
  touched(state, *a, now_ms);
}

void set_plan_field(AppState& state, const std::string& capability_id, PlanField field,
                    const std::string& text, std::int64_t now_ms) {
  PlanItem* item = plan_item(state, capability_id);
  if (!item) return;
  std::string& target = field == PlanField::Goal     ? item->goal
                        : field == PlanField::Action ? item->action
                        : field == PlanField::ByWhen ? item->by_when
                                                     : item->support;
  const std::string kept = limited_text(text, plan_field_max_characters(field));
  if (target == kept) return;
  target = kept;
  touched(state, *current_assessment(state), now_ms);
}

void add_learning_to_plan(AppState& state, const std::string& capability_id,
                          const std::string& resource_id, std::int64_t now_ms) {
  set_in_plan(state, capability_id, true, now_ms);
  PlanItem* item = plan_item(state, capability_id);
  if (!item || std::find(item->learning.begin(), item->learning.end(), resource_id) != item->learning.end())
    return;
  item->learning.push_back(resource_id);
  touched(state, *current_assessment(state), now_ms);
}

void set_plan_mark(AppState& state, const std::string& capability_id, PlanMark mark, bool on,
                   std::int64_t now_ms) {
  PlanItem* item = plan_item(state, capability_id);
  if (!item) return;
  std::int64_t& at = mark == PlanMark::Booked ? item->booked_at : item->done_at;
  if ((at != 0) == on) return;
  at = on ? now_ms : 0;
  touched(state, *current_assessment(state), now_ms);
}

std::size_t plan_field_max_characters(PlanField field) {
  switch (field) {
    case PlanField::Goal: return 200;
    case PlanField::Action: return 500;
    case PlanField::ByWhen: return 100;
    case PlanField::Support: return 300;
  }
  return 0;
}

namespace {

// UTF-16 code units of the UTF-8 sequence starting with `lead`: 0 for a continuation
// byte, 2 for a character beyond U+FFFF (lead bytes 0xF0 and up), else 1.
std::size_t utf16_units(unsigned char lead) {
  if ((lead & 0xC0) == 0x80) return 0;
  return lead >= 0xF0 ? 2 : 1;
}

}  // namespace

std::size_t character_count(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += utf16_units(c);
  return n;
}

std::string limited_text(const std::string& text, std::size_t max) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t units = utf16_units(static_cast<unsigned char>(text[i]));
    if (units > 0 && n + units > max) return text.substr(0, i);
    n += units;
  }
  return text;
}

std::string character_count_text(const std::string& text, std::size_t max) {
  return std::to_string(character_count(text)) + " of " + std::to_string(max) + " characters";
}

void forget_everything(AppState& state) {
  state.stored = StoredData{};
  state.setup = SetupDraft{};
  state.screen = ScreenState{};
  ++state.changes;
  state.nav.restart();
}

std::string make_assessment_id(std::uint64_t random_bits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "a-%012llx",
                static_cast<unsigned long long>(random_bits & 0xFFFFFFFFFFFFull));
  return buf;
}

}  // namespace capwalk
