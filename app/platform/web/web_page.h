// web_page.h — the page around the canvas, as seen from C++ (web build only).
//
// web/shell.js (and its modules in web/shell/) owns the page: it fetches the fonts before main() starts, keeps the
// DOM mirror, forwards pointer input and calls back when something changes. These
// functions are the C++ side of that conversation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/core/app_state.h"
#include "app/core/framework_library.h"
#include "app/platform/accessibility_mirror.h"
#include "app/platform/drawing_path.h"

namespace capwalk::web {

// What the page and the app both know, declared once on this side; the page's side
// is web/shell/contract.js. Change both together.
namespace contract {
constexpr int kKeyEnter = 13;   // KEY_ENTER: capwalk_key(code); digits come as '1'..'9'
constexpr int kKeyEscape = 27;  // KEY_ESCAPE
// capwalk_storage_changed(which, removed): STORAGE_KEYS and STORAGE_CLEARED.
constexpr int kStorageData = 0, kStorageTeam = 1, kStorageCleared = 2;
// Mailboxes in the page's fetched files (fetched_asset()).
constexpr const char* kMailboxOpenedLink = "opened-link";            // MAILBOX_OPENED_LINK
constexpr const char* kMailboxOpenedFile = "opened-file";            // MAILBOX_OPENED_FILE
constexpr const char* kMailboxOpenedFileName = "opened-file-name";  // MAILBOX_OPENED_FILE_NAME
}  // namespace contract

struct PageGeometry {
  float width = 0, height = 0;  // the canvas, CSS px (it fills the viewport)
  float pixel_ratio = 1;        // devicePixelRatio
  float scroll_y = 0;           // how far the page is scrolled
};

PageGeometry read_page_geometry();
// The canvas's backing store for the page: its CSS size × the pixel ratio, in device pixels.
struct CanvasPixels {
  int width = 0, height = 0;
};
CanvasPixels canvas_pixels(const PageGeometry& page);
// Gives the canvas that backing store, unless it has it already: each change makes
// the browser allocate a new drawing buffer, which on a large screen takes milliseconds.
void size_canvas(const PageGeometry& page);
// Bytes of a file the page fetched before start-up ("fonts/Inter-Regular.ttf").
std::vector<unsigned char> fetched_asset(const std::string& name);
// The names of fetched files starting with `prefix`, in the page's order.
std::vector<std::string> fetched_asset_names(const std::string& prefix);
// Asks the page to show a file chooser; the file arrives via capwalk_file_opened().
void pick_file(const char* accept);
void log_warning(const std::string& text);
// The files the page fetches before main() starts, besides the fonts (web/shell.js).
constexpr const char* kShippedIndexFile = "frameworks/index.json";
constexpr const char* kShippedFolder = "frameworks/";
constexpr const char* kOrganisationFile = "organisation.json";  // optional, beside index.html

// The build's list of its frameworks, roles and learning (core/shipped_files.h) into
// the library; false if the page could not read it.
bool read_shipped_index_file(AppState& state);
// Asks the page for frameworks/`file`; it arrives as a FileFetched page event.
void fetch_shipped_file(const std::string& file);
// organisation.json, when the deployment has one (README, "Deploying for your
// organisation"): applied once every shipped file is here (core/shipped_files.h).
void keep_organisation_file(AppState& state);
// Puts escaped HTML into the page's print view and opens the print dialog.
void print_html(const std::string& html);
// Tells the page which colours are in use, so its own elements (text fields) match:
// "light", "dark" or "high-contrast".
void set_page_theme(const std::string& theme);
// The page's address without any #fragment: the base of share links.
std::string page_url();
// Copies `text`; the outcome arrives via capwalk_copied(ok).
void copy_to_clipboard(const std::string& text);
// Opens a mailto: address (the person's email program) or, in a new tab, any other.
void open_link(const std::string& url);
// The system share sheet, where the browser has one.
bool can_share();
void share_link_natively(const std::string& title, const std::string& url);
// Saves `text` as a file in the person's downloads.
void download(const std::string& file_name, const std::string& mime, const std::string& text);
// Kiosk mode: the page was opened with ?kiosk; the idle watch (no input for
// `idle_seconds`, then a warning of `warning_seconds` before everything is cleared);
// starting afresh (the page reloads without its #fragment, so no memory or history
// of the person survives).
bool kiosk_requested();
void kiosk_watch_idle(int idle_seconds, int warning_seconds);
void kiosk_reset_idle();
// `stay_kiosk` false: reload without ?kiosk (after kiosk mode was switched off).
void kiosk_restart(bool stay_kiosk = true);
void kiosk_clear_session_storage();
// A newer build is downloaded and waiting (see web/sw.js); apply_update() reloads into it.
bool update_ready();
void apply_update();
// The person's text size (1 to 2), so the page's own text fields match.
void set_page_text_scale(float scale);
// What the device asks for: dark colours, more contrast, less motion.
bool device_prefers_dark();
bool device_prefers_contrast();
// Tells the page the first frame is on screen (it hides the loading message).
void first_frame_drawn();
// A named point in the page's performance timeline (read by scripts/bench).
void mark(const char* name);
// Shows the page's plain-English message for a failure: "load", "crash".
void report_failure(const char* kind);
// How web/shell.js found the page can draw (platform/drawing_path.h).
platform::DrawingPath page_drawing_path();
// Shows RGBA pixels (width × height) on the canvas, through its 2D context.
void show_pixels(const std::uint32_t* pixels, int width, int height);

class WebAccessibilityMirror final : public platform::AccessibilityMirror {
 public:
  void publish(const platform::MirrorSnapshot& snapshot) override;
};

}  // namespace capwalk::web
