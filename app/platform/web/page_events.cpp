#include "page_events.h"

#include <cstdint>
#include <string>
#include <utility>

#include <emscripten.h>

#include "web_page.h"
#include "web_runner.h"

namespace capwalk::web {

namespace {

std::vector<PageEvent>& queue() {
  static std::vector<PageEvent> events;
  return events;
}

void push(PageEvent event) {
  queue().push_back(std::move(event));
  wake();
}

PageEvent of(PageEvent::Kind kind) {
  PageEvent event;
  event.kind = kind;
  return event;
}

std::string mailbox(const char* name) {
  const std::vector<unsigned char> bytes = fetched_asset(name);
  return std::string(bytes.begin(), bytes.end());
}

PageKey page_key(int code) {
  if (code >= '1' && code <= '9') return static_cast<PageKey>(static_cast<int>(PageKey::Digit1) + (code - '1'));
  if (code == contract::kKeyEnter) return PageKey::Enter;
  if (code == contract::kKeyEscape) return PageKey::Escape;
  return PageKey::None;
}

}  // namespace

std::vector<PageEvent> take_page_events() { return std::exchange(queue(), {}); }

void queue_link_from_address() {
  PageEvent event = of(PageEvent::Kind::LinkOpened);
  event.text = mailbox(contract::kMailboxOpenedLink);
  if (!event.text.empty()) push(std::move(event));
}

void queue_waiting_update() {
  if (update_ready()) push(of(PageEvent::Kind::UpdateReady));
}

}  // namespace capwalk::web

// ---- Called by web/shell.js ----
extern "C" {

using capwalk::PageEvent;
using Kind = capwalk::PageEvent::Kind;
namespace web = capwalk::web;

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_move(float x, float y, int touch) {
  PageEvent event = web::of(Kind::PointerMove);
  event.x = x;
  event.y = y;
  event.touch = touch != 0;
  web::push(std::move(event));
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_button(int down, int touch) {
  PageEvent event = web::of(Kind::PointerButton);
  event.flag = down != 0;
  event.touch = touch != 0;
  web::push(std::move(event));
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_leave() { web::push(web::of(Kind::PointerLeave)); }

// A results link in the address bar (see shell.js takeLinkFromAddress()).
EMSCRIPTEN_KEEPALIVE void capwalk_link_opened() { web::queue_link_from_address(); }

// Kiosk: no input for the idle time; "Are you still there?" with `seconds` to answer,
// then once a second as they run out.
EMSCRIPTEN_KEEPALIVE void capwalk_idle_warning(int seconds) {
  PageEvent event = web::of(Kind::IdleWarning);
  event.number = seconds;
  web::push(std::move(event));
}
EMSCRIPTEN_KEEPALIVE void capwalk_idle_tick(int seconds_left) { capwalk_idle_warning(seconds_left); }

// A newer build has been downloaded (see web/sw.js).
EMSCRIPTEN_KEEPALIVE void capwalk_update_ready() { web::push(web::of(Kind::UpdateReady)); }

EMSCRIPTEN_KEEPALIVE void capwalk_copied(int ok) {
  PageEvent event = web::of(Kind::Copied);
  event.flag = ok != 0;
  web::push(std::move(event));
}

// A file the person chose or dropped on the page (see shell.js openFile()).
EMSCRIPTEN_KEEPALIVE void capwalk_file_opened() {
  PageEvent event = web::of(Kind::FileOpened);
  event.name = web::mailbox(web::contract::kMailboxOpenedFileName);
  event.text = web::mailbox(web::contract::kMailboxOpenedFile);
  web::push(std::move(event));
}

// Text typed into the DOM field over a text field of the app.
EMSCRIPTEN_KEEPALIVE void capwalk_text_input(std::uint32_t id, const char* text) {
  PageEvent event = web::of(Kind::TextInput);
  event.id = id;
  event.text = text ? text : "";
  web::push(std::move(event));
}

// A key pressed while no text field or button has the focus: a digit or Enter; or
// Escape, wherever the focus is (web::contract).
EMSCRIPTEN_KEEPALIVE void capwalk_key(int code) {
  PageEvent event = web::of(Kind::Key);
  event.page_key = web::page_key(code);
  if (event.page_key != capwalk::PageKey::None) web::push(std::move(event));
}

// Another tab or window changed what capwalk keeps (web::contract: the person's data,
// the team, or everything was cleared); `removed`: the key was deleted.
EMSCRIPTEN_KEEPALIVE void capwalk_storage_changed(int which, int removed) {
  namespace contract = web::contract;
  PageEvent event = web::of(Kind::StorageChanged);
  event.key = which == contract::kStorageData   ? capwalk::OtherTabKey::Data
              : which == contract::kStorageTeam ? capwalk::OtherTabKey::Team
                                                : capwalk::OtherTabKey::Everything;
  event.flag = removed != 0;
  web::push(std::move(event));
}

// The keyboard focus moved to the mirror item `id` (0: to none, or it was a click).
EMSCRIPTEN_KEEPALIVE void capwalk_keyboard_focus(std::uint32_t id) {
  PageEvent event = web::of(Kind::KeyboardFocus);
  event.id = id;
  web::push(std::move(event));
}

EMSCRIPTEN_KEEPALIVE void capwalk_mirror_activate(std::uint32_t id) {
  PageEvent event = web::of(Kind::MirrorActivate);
  event.id = id;
  web::push(std::move(event));
}

}  // extern "C"
