#include "page_events.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>

#include <emscripten.h>

#include "web_page.h"
#include "web_runner.h"

namespace capwalk::web {

// clang-format off
// The next of the files the page fetched for fetch_shipped_file(), as a malloc'd name
// ("" once there are none); 1 in *arrived when the page has its bytes.
EM_JS(char*, capwalk_js_take_fetched, (int* arrived), {
  const waiting = window.capwalkShell.fetched;
  const name = waiting.shift() || "";
  HEAP32[arrived >> 2] = name && window.capwalkShell.assets[name] ? 1 : 0;
  const size = lengthBytesUTF8(name) + 1;
  const ptr = _malloc(size);
  stringToUTF8(name, ptr, size);
  return ptr;
});
EM_JS(void, capwalk_js_forget_asset, (const char* name), { delete window.capwalkShell.assets[UTF8ToString(name)]; });
// clang-format on

namespace {

std::vector<PageEvent>& queue() {
  static std::vector<PageEvent> events;
  return events;
}

// Queues an event of `kind` and wakes the loop; the caller fills in the rest (the
// frame that takes it runs later, never during this call).
PageEvent& push(PageEvent::Kind kind) {
  PageEvent& event = queue().emplace_back();
  event.kind = kind;
  wake();
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
  std::string code = mailbox(contract::kMailboxOpenedLink);
  if (!code.empty()) push(PageEvent::Kind::LinkOpened).text = std::move(code);
}

void queue_waiting_update() {
  if (update_ready()) push(PageEvent::Kind::UpdateReady);
}

}  // namespace capwalk::web

// ---- Called by web/shell.js ----
extern "C" {

using capwalk::PageEvent;
using Kind = capwalk::PageEvent::Kind;
namespace web = capwalk::web;

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_move(float x, float y, int touch) {
  PageEvent& event = web::push(Kind::PointerMove);
  event.x = x;
  event.y = y;
  event.touch = touch != 0;
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_button(int down, int touch) {
  PageEvent& event = web::push(Kind::PointerButton);
  event.flag = down != 0;
  event.touch = touch != 0;
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_leave() { web::push(Kind::PointerLeave); }

// A results link in the address bar (see shell.js takeLinkFromAddress()).
EMSCRIPTEN_KEEPALIVE void capwalk_link_opened() { web::queue_link_from_address(); }

// Kiosk: no input for the idle time; "Are you still there?" with `seconds` to answer,
// then once a second as they run out.
EMSCRIPTEN_KEEPALIVE void capwalk_idle_warning(int seconds) {
  web::push(Kind::IdleWarning).number = seconds;
}
EMSCRIPTEN_KEEPALIVE void capwalk_idle_tick(int seconds_left) { capwalk_idle_warning(seconds_left); }

// A newer build has been downloaded (see web/sw.js).
EMSCRIPTEN_KEEPALIVE void capwalk_update_ready() { web::push(Kind::UpdateReady); }

EMSCRIPTEN_KEEPALIVE void capwalk_copied(int ok) {
  web::push(Kind::Copied).flag = ok != 0;
}

// Files asked for with fetch_shipped_file() arrived, or could not be fetched. Their
// bytes move into the events; the page's copy is let go.
EMSCRIPTEN_KEEPALIVE void capwalk_file_fetched() {
  for (;;) {
    int arrived = 0;
    char* name = web::capwalk_js_take_fetched(&arrived);
    std::string path(name);
    free(name);
    if (path.empty()) return;
    PageEvent& event = web::push(Kind::FileFetched);
    event.name = path.substr(std::string(web::kShippedFolder).size());
    event.flag = arrived != 0;
    if (event.flag) event.text = web::mailbox(path.c_str());
    web::capwalk_js_forget_asset(path.c_str());
  }
}

// A file the person chose or dropped on the page (see shell.js openFile()).
EMSCRIPTEN_KEEPALIVE void capwalk_file_opened() {
  PageEvent& event = web::push(Kind::FileOpened);
  event.name = web::mailbox(web::contract::kMailboxOpenedFileName);
  event.text = web::mailbox(web::contract::kMailboxOpenedFile);
}

// Text typed into the DOM field over a text field of the app.
EMSCRIPTEN_KEEPALIVE void capwalk_text_input(std::uint32_t id, const char* text) {
  PageEvent& event = web::push(Kind::TextInput);
  event.id = id;
  event.text = text ? text : "";
}

// A key pressed while no text field or button has the focus: a digit or Enter; or
// Escape, wherever the focus is (web::contract).
EMSCRIPTEN_KEEPALIVE void capwalk_key(int code) {
  const capwalk::PageKey key = web::page_key(code);
  if (key != capwalk::PageKey::None) web::push(Kind::Key).page_key = key;
}

// Another tab or window changed what capwalk keeps (web::contract: the person's data,
// the team, or everything was cleared); `removed`: the key was deleted.
EMSCRIPTEN_KEEPALIVE void capwalk_storage_changed(int which, int removed) {
  namespace contract = web::contract;
  PageEvent& event = web::push(Kind::StorageChanged);
  event.key = which == contract::kStorageData   ? capwalk::OtherTabKey::Data
              : which == contract::kStorageTeam ? capwalk::OtherTabKey::Team
                                                : capwalk::OtherTabKey::Everything;
  event.flag = removed != 0;
}

// The keyboard focus moved to the mirror item `id` (0: to none, or it was a click).
EMSCRIPTEN_KEEPALIVE void capwalk_keyboard_focus(std::uint32_t id) {
  web::push(Kind::KeyboardFocus).id = id;
}

EMSCRIPTEN_KEEPALIVE void capwalk_mirror_activate(std::uint32_t id) {
  web::push(Kind::MirrorActivate).id = id;
}

}  // extern "C"
