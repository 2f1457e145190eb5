// page_events.h — what the page tells the app, as plain data, and what the app does.
//
// The page (web/shell.js) calls the app's exported functions when something happens:
// a pointer moved, a key was pressed, a results link or a file was opened, another
// tab saved. Those calls only queue a PageEvent (app/platform/web/page_events.h); the
// frame takes the queue at its start, so every change happens at one point in the
// frame, the same way in the browser and in the tests.
//
// Events for the app's data are handled here by apply_page_event(). Input (pointer,
// keys, typing, focus, activating a mirror item) is for the UI: apply_page_event()
// leaves it alone and returns false, and ui::apply_input_event() takes it.
#pragma once

#include <cstdint>
#include <string>

#include "app_state.h"
#include "kept_data.h"
#include "storage_sync.h"

namespace capwalk {

// The keys the page forwards while no text field has the focus.
enum class PageKey { None, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9, Enter, Escape };

struct PageEvent {
  enum class Kind {
    // For the app's data (apply_page_event):
    LinkOpened,      // `text`: from a link in the address bar, "r=CODE" (results) or "v=CODE" (a reply)
    FileOpened,      // `name` and `text`: a file the person chose or dropped on the page
    Copied,          // `flag`: whether the browser let capwalk copy the link
    IdleWarning,     // `number`: kiosk, seconds left to answer "Are you still there?"
    UpdateReady,     // a newer build is downloaded (web/sw.js)
    StorageChanged,  // `key` and `flag` (removed): another tab or window saved
    FileFetched,     // `name` (under frameworks/), `text` and `flag` (it arrived): one of
                     // capwalk's own files the app asked for (shipped_files.h)
    // For the UI (ui::apply_input_event):
    PointerMove,     // `x`, `y` in CSS px of the page; `flag`: a touch
    PointerButton,   // `flag`: pressed (else released); `touch`
    PointerLeave,
    Key,             // `page_key`
    TextInput,       // `id` of the mirror's text field, and its whole `text`
    KeyboardFocus,   // `id` of the mirror item with the keyboard focus (0: none)
    MirrorActivate,  // `id` of the mirror item a keyboard or screen reader activated
  };
  Kind kind = Kind::UpdateReady;
  std::string name, text;
  float x = 0, y = 0;
  int number = 0;
  bool flag = false;
  bool touch = false;
  std::uint32_t id = 0;
  PageKey page_key = PageKey::None;
  OtherTabKey key = OtherTabKey::Data;
};

// Applies an event for the app's data to `state` (and, for another tab's change, to
// `kept`). Returns false, changing nothing, for input events.
bool apply_page_event(AppState& state, KeptData& kept, const PageEvent& event, std::int64_t now_ms);

// After a frame that started with `screen_changes` (Navigator::changes()): true if the
// person moved to another screen, where the notice about another tab's change is no
// longer shown (it is told once, on the screen where it happened).
bool end_of_frame(AppState& state, unsigned screen_changes);

}  // namespace capwalk
