// setting_view.h — "Where do you work?", asked once during set-up and offered again
// beside the list of capabilities, where changing it re-orders the pages and keeps
// every answer. One setting, or "I work across several" with a tick for each.
#pragma once

#include <string>
#include <vector>

#include "app/core/app_state.h"
#include "host.h"

namespace capwalk::ui {

// Draws the question over `chosen` (setting ids). `several` remembers that the person
// chose "I work across several" while they tick. `suggested` are the role's suggested
// settings, marked as such. Returns true when `chosen` changed.
bool setting_question(const RoleCatalogue& catalogue, std::vector<std::string>& chosen, bool& several,
                      const std::vector<std::string>& suggested);

// Those of `settings` where `capability` is emphasised.
std::vector<std::string> emphasised_in(const Capability& capability, const std::vector<std::string>& settings);

// "In crisis services this matters most", or several settings' names; empty when the
// capability is not emphasised where the person works.
std::string emphasis_line(const RoleCatalogue* catalogue, const Capability& capability,
                          const std::vector<std::string>& settings);

// "crisis services", "community services and supported living": the settings'
// short names, for a sentence.
std::string setting_short_names(const RoleCatalogue* catalogue, const std::vector<std::string>& settings);

// What the capability looks like where the person works, in capwalk's own frameworks:
// a heading and the words for each setting where it matters most. The page says that
// it matters most in its emphasis_line(); these words are folded under it (capability
// page, "Show more"). has_practice_words() says whether there are any.
bool has_practice_words(AppState& state, const Capability& capability);
void practice_words(AppState& state, const Capability& capability);

// That the capability is optional where the person works, and can be skipped with one
// action (nothing when it is not optional there).
void capability_in_setting(AppState& state, const Host& host, const Capability& capability, const Answer& answer);

}  // namespace capwalk::ui
