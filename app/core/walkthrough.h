// walkthrough.h — what the buttons of the walkthrough do, as plain functions on
// AppState: choosing a role, starting an assessment, rating, moving between
// capability pages, finishing, resuming and deleting, the plan, and forgetting
// everything. Screens change the stored data only through core functions, these and
// settings.h's, and each counts its change in AppState::changes, so it is saved.
// Elsewhere it is written by loading it, taking what another tab saved and starting a
// kiosk with larger text (kept_data.h, storage_sync.h), and by merging a backup
// (open_file() in app_state.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app_state.h"

namespace capwalk {

// The framework and role the set-up points at (nullptr when not found / not listed).
const Framework* chosen_framework(const AppState& state);
const Role* chosen_role(const AppState& state);

// Roles matching `query` in title, synonyms or sector name (case-insensitive, every
// word must match), in catalogue order; all roles for an empty query.
std::vector<const Role*> search_roles(const RoleCatalogue& catalogue, const std::string& query);

// "Continue" on the framework screen: back to the role screen it was opened from
// (Start leads to the role screen, which offers the framework's Change), else on to it.
void continue_from_framework(AppState& state);

void choose_role(AppState& state, const std::string& role_id);
void choose_role_not_listed(AppState& state);
// The tier the set-up suggests: from the contact answers if given (and asked: see
// asks_contact_questions()), else the role's.
int suggested_tier(const AppState& state);
// Whether "About your work" asks the two contact questions: for a role that is not
// listed, and when the person asked to change the tier their role suggests. A listed
// role's tier is shown with its reason and Change instead, so set-up stays short.
bool asks_contact_questions(const AppState& state);
// "Change" beside the suggested tier: the questions and the tiers to choose from show.
void change_tier(AppState& state);

// Creates the assessment from the set-up, makes it current and shows its first page.
void start_assessment(AppState& state, const std::string& new_id, std::int64_t now_ms);

// The assessment in progress, or nullptr.
Assessment* current_assessment(AppState& state);
const Assessment* find_assessment(const AppState& state, const std::string& id);

void set_rating(AppState& state, Rating rating, std::int64_t now_ms);
void set_wants_training(AppState& state, bool wants, std::int64_t now_ms);
// Keeps at most kNoteMaxCharacters of `note` (see limited_text()).
void set_note(AppState& state, const std::string& note, std::int64_t now_ms);
// "Skip this capability" (for one optional where the person works): marks it skipped,
// forgets its rating and training wish (a skipped capability is neither a need nor a
// strength), keeps its note, and moves on.
void skip_capability(AppState& state, std::int64_t now_ms);
// Changes where the person works, on the current assessment: the pages are put in the
// new walk_order(), the page shown stays the same capability, and no answer changes.
void set_assessment_settings(AppState& state, const std::vector<std::string>& settings,
                             std::int64_t now_ms);
// Moves to capability page `index` (clamped). Past the last one: the results.
void go_to_capability(AppState& state, int index, std::int64_t now_ms);
void next_capability(AppState& state, std::int64_t now_ms);
void previous_capability(AppState& state, std::int64_t now_ms);
void show_results(AppState& state, std::int64_t now_ms);

// Opens a saved assessment where it was left (its page, or its results if finished).
void resume_assessment(AppState& state, const std::string& id);
void delete_assessment(AppState& state, const std::string& id);
// Starts a new assessment from a previous one (same role, tier, capabilities).
void start_again(AppState& state, const std::string& previous_id, const std::string& new_id,
                 std::int64_t now_ms);

// ---- The development plan of the current assessment ----

enum class PlanField { Goal, Action, ByWhen, Support };

// ---- How much text a person can type ----
//
// Characters are counted as the browser counts them for a field's maxlength (UTF-16
// code units: most characters are one, emoji and other characters beyond U+FFFF are
// two), so the page's field stops exactly where the app does. Each such unit is at
// most 3 bytes of UTF-8, which bounds the share link (see sharing.h).
constexpr std::size_t kNoteMaxCharacters = 500;
std::size_t plan_field_max_characters(PlanField field);
std::size_t character_count(const std::string& text);
// The longest start of `text` within `max` characters, never cut inside a character.
std::string limited_text(const std::string& text, std::size_t max);
// "120 of 500 characters"
std::string character_count_text(const std::string& text, std::size_t max);

// The plan item for capability `id`, or nullptr when it is not in the plan.
PlanItem* plan_item(AppState& state, const std::string& capability_id);
void set_in_plan(AppState& state, const std::string& capability_id, bool included,
                 std::int64_t now_ms);
// Keeps at most plan_field_max_characters(field) of `text`.
void set_plan_field(AppState& state, const std::string& capability_id, PlanField field,
                    const std::string& text, std::int64_t now_ms);

// "Add to my plan" on a learning resource: puts the need in the plan if it is not
// there and adds the resource to it once.
void add_learning_to_plan(AppState& state, const std::string& capability_id,
                          const std::string& resource_id, std::int64_t now_ms);
// Booked and Done: set records the moment (the date shown beside it), unset clears it.
enum class PlanMark { Booked, Done };
void set_plan_mark(AppState& state, const std::string& capability_id, PlanMark mark, bool on,
                   std::int64_t now_ms);

// Forgets every assessment and setting kept on this device, the set-up answers and
// the screens' open questions (the storage itself is cleared by the caller through
// the vault).
void forget_everything(AppState& state);

// "a-" followed by 12 hex digits from `random_bits`.
std::string make_assessment_id(std::uint64_t random_bits);

}  // namespace capwalk
