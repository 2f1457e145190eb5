// page_events.h — the app's exported functions, which web/shell.js calls, as a queue.
//
// Each capwalk_* export (page_events.cpp) turns its call into a core PageEvent
// (core/page_events.h), queues it and wakes the frame loop; the frame takes the
// queue at its start. The exports' names and numbers are the contract with the page:
// see web::contract in web_page.h and web/shell/contract.js.
#pragma once

#include <vector>

#include "app/core/page_events.h"

namespace capwalk::web {

// The events queued since the last call, oldest first.
std::vector<PageEvent> take_page_events();

// Queues the results link the page was opened with, if there is one (the same event
// as opening one later).
void queue_link_from_address();
// Queues UpdateReady if a newer build was already waiting when the page opened.
void queue_waiting_update();

}  // namespace capwalk::web
