// host.h — everything a screen needs from outside the app, in one plain struct.
//
// Screens never reach the browser themselves: they are handed a Host and call its
// members through call(), which does nothing (and returns a zero value) for a member
// left empty. The web build fills one Host at start-up (web_host() in app/main.cpp);
// the native screen tests fill one with recording fakes. A zero-initialised Host is a
// valid one: time stands still at 0, nothing is copied, downloaded or printed.
//
//   ui::Host host;
//   host.now_ms = my_clock;
//   ui::draw_current_screen(state, host);
//
// Outcomes that come back later (the link was copied, a file was chosen) arrive as
// page events (core/page_events.h), not as return values.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "app/core/app_state.h"
#include "app/platform/drawing_path.h"

namespace capwalk::ui {

struct Host {
  // Time (ms since 1970) and randomness (for new assessment ids).
  std::int64_t (*now_ms)() = nullptr;
  std::uint64_t (*random_bits)() = nullptr;
  // The page's address without any #fragment: the base of results links.
  std::string (*page_url)() = nullptr;
  // Copies text; whether it worked comes back as a PageEvent::Copied.
  void (*copy_text)(const std::string& text) = nullptr;
  // Saves `text` as a file in the person's downloads.
  void (*download)(const std::string& file_name, const std::string& mime, const std::string& text) = nullptr;
  // Lets the person choose a file (a framework, a backup, a file of links); it comes
  // back as a PageEvent::FileOpened. `accept` is the chooser's list of types
  // (".json,application/json").
  void (*choose_file)(const char* accept) = nullptr;
  // Opens an address outside the app (a mailto: address, a course).
  void (*open_link)(const std::string& url) = nullptr;
  // Shows escaped HTML (core/report_html.h) in the print view and opens the print dialog.
  void (*print_html)(const std::string& html) = nullptr;
  // The system share sheet, where the browser has one.
  bool (*can_share)() = nullptr;
  void (*share_link)(const std::string& title, const std::string& url) = nullptr;
  // Reloads into the newer build the service worker has downloaded.
  void (*apply_update)() = nullptr;
  // Deletes everything capwalk keeps on this device, and the state that came from it.
  void (*delete_all_data)(AppState& state) = nullptr;
  // Kiosk: its settings changed (saved, then the page restarts or the idle watch is
  // set again); the person said "I'm still here"; clear everything now and restart.
  void (*kiosk_settings_changed)(AppState& state) = nullptr;
  void (*kiosk_still_here)(AppState& state) = nullptr;
  void (*kiosk_clear_now)(AppState& state) = nullptr;
  // How the page draws (Settings says so).
  platform::DrawingPath (*drawing_path)() = nullptr;
};

// The types choose_file() offers.
constexpr const char* kJsonFiles = ".json,application/json";
constexpr const char* kLinkFiles = ".txt,.csv,.tsv,text/plain,text/csv,text/tab-separated-values";

// Calls a Host member if it is set; otherwise returns R's zero value.
template <typename R, typename... Params, typename... Args>
R call(R (*member)(Params...), Args&&... args) {
  if (member) return member(std::forward<Args>(args)...);
  return R();
}

}  // namespace capwalk::ui
