// page_input.h — the page's input events (core/page_events.h) given to ImGui and to
// the accessibility mirror, at the start of a frame before ImGui::NewFrame().
#pragma once

#include "app/core/page_events.h"

namespace capwalk::ui {

// Returns false for events that are not input (core's apply_page_event() takes those).
bool apply_input_event(const PageEvent& event);

}  // namespace capwalk::ui
