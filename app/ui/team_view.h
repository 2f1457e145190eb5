// team_view.h — what the team screen and the service report screen both draw: the
// colour of each rating, the choice of framework and of group, and charts that are
// always named in words beside them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "app/core/app_state.h"

namespace capwalk::ui {

// Chart segments; every segment is also named in the text below it.
ImU32 rating_colour(Rating r);

// "Which framework?" when the team holds people of more than one, and a line for
// those whose framework is not on this device. Returns the framework to show, or
// nullptr when none of the team's frameworks is here.
const Framework* framework_choice(AppState& state);

// "Look at one group": a tick that opens questions by sector, role, setting and round,
// from what the framework's people have (view.roles and the like). Changing them
// changes sharing.filter; unticking goes back to everyone.
void group_choices(AppState& state, const TeamViewCache& view);
// The chosen group in words: "Everyone", "Crisis services, Spring 2026".
std::string group_words(const AppState& state);

// A bar the column's width made of `parts` (share, colour), then nothing else: the
// caller writes the words.
void share_bar(const std::vector<std::pair<int, ImU32>>& parts, int total);

}  // namespace capwalk::ui
