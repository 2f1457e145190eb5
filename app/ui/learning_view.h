// learning_view.h — learning as the results and the plan show it: each resource a link
// a person can follow (on a kiosk, its address and a QR code to take away instead),
// with its provider, format, length and cost, and "Add to my plan".
#pragma once

#include <string>
#include <vector>

#include "app/core/app_state.h"
#include "host.h"

namespace capwalk::ui {

// A need's learning at the person's tier: the organisation's own first, then the Start
// here pick, then the rest; those up to the Start here pick, with "Show all" for the
// others, then any learning the framework file itself suggests.
void need_learning(AppState& state, const Host& host, const Framework& framework, const Capability& capability, int tier);

// One resource under the need `capability_id`. `offer_add`: with Add to my plan (or,
// once added, a note that it is in the plan).
void learning_resource(AppState& state, const Host& host, const LearningResource& resource, const std::string& capability_id,
                       bool start_here, bool offer_add);

// Where the person of the current assessment works (none without one): the Start here
// pick prefers learning made for it.
const std::vector<std::string>& person_settings(AppState& state);

// Who to ask for help with training, from the organisation's file; nothing without one.
void training_contact(const AppState& state, const Host& host);

}  // namespace capwalk::ui
