// main.cpp — capwalk in the browser: set-up, and the frame.
//
// web/shell.js fetches the fonts and the index of capwalk's frameworks while the
// WebAssembly compiles, then calls main(). main() sets up
// Dear ImGui, the person's data (core/kept_data.h) and the Host (ui/host.h: every
// service a screen reaches outside the app), then hands draw_frame() to the runner
// (platform/web/web_runner.h), which draws on demand. Whatever the page says arrives
// as queued page events (platform/web/page_events.h), taken at the start of a frame.
// The frameworks, roles and learning are fetched after the first frame, when they are
// needed (core/shipped_files.h).
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/core/app_state.h"
#include "app/core/kept_data.h"
#include "app/core/page_events.h"
#include "app/core/shipped_files.h"
#include "app/core/walkthrough.h"
#include "app/platform/web/page_events.h"
#include "app/platform/web/web_page.h"
#include "app/platform/web/web_renderer.h"
#include "app/platform/web/web_runner.h"
#include "app/platform/web/web_storage.h"
#include "app/ui/app_screens.h"
#include "app/ui/fonts.h"
#include "app/ui/host.h"
#include "app/ui/mirror_capture.h"
#include "app/ui/page_input.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace {

using namespace capwalk;

struct App {
  ui::FontFiles font_files;
  ui::Fonts fonts;
  AppState state;
  web::LocalStorage storage;
  KeptData kept;
  ui::Host host;
  std::string theme;  // the theme in use
  web::WebAccessibilityMirror mirror;
  platform::MirrorSnapshot published;
  std::vector<PageEvent> held;  // waiting for the frameworks they need (core/shipped_files.h)
  int frames = 0;               // drawn so far
};

App* app = nullptr;

// The person's settings, or their device's wishes where they chose "auto".
void follow_settings() {
  const Settings& s = app->state.stored.settings;
  std::string theme = s.theme;
  if (theme == "auto")
    theme = web::device_prefers_contrast() ? "high-contrast" : web::device_prefers_dark() ? "dark" : "light";
  if (theme != app->theme) {
    app->theme = theme;
    ui::use_theme(theme);
    web::set_page_theme(theme);
  }
  const float scale = static_cast<float>(std::clamp(s.text_scale_percent, kMinTextScalePercent, kMaxTextScalePercent)) / 100.0f;
  if (scale != ui::text_scale()) {
    ui::use_text_scale(scale);
    web::set_page_text_scale(scale);
    app->fonts.density = 0;  // rebuild the fonts at the new size
  }
}

// The font atlas follows the pixel ratio, so text is crisp after zooming or rotating.
// A first visit's first frame rasterises only the characters it draws, and the next
// frame all the others (ui/fonts.h).
void follow_pixel_ratio(const web::PageGeometry& page) {
  const bool complete = app->fonts.glyphs == ui::FontGlyphs::All || app->frames == 0;
  if (page.pixel_ratio == app->fonts.density && complete) return;
  const bool ascii = app->frames == 0 && ui::first_screen_draws_only_ascii(app->state);
  ui::build_fonts(app->font_files, page.pixel_ratio, app->fonts, ascii ? ui::FontGlyphs::Ascii : ui::FontGlyphs::All);
  web::upload_fonts();
  if (ascii) web::wake(2);
  web::mark("capwalk-fonts-ready");
}

// Links and files that wait for their frameworks are held (core/shipped_files.h).
void take_page_events() {
  const std::int64_t now = web::now_ms();
  for (const PageEvent& event : events_to_apply(app->state, app->kept, app->held, web::take_page_events(), now))
    if (!ui::apply_input_event(event)) apply_page_event(app->state, app->kept, event, now);
  for (const std::string& line : std::exchange(app->state.shipped.console, {})) web::log_warning(line);
}

// Asks the page for the files the app needs next; the first frame is already drawn.
void fetch_needed_files() {
  const std::vector<std::string> files = files_to_fetch(app->state, app->held);
  for (const std::string& file : files) web::fetch_shipped_file(file);
  mark_asked(app->state, files);
}

// One frame: the page's events, the screen, the mirror, then saving (core/kept_data.h).
// Returns true while input is still queued.
bool draw_frame() {
  take_page_events();
  const web::PageGeometry page = web::read_page_geometry();
  follow_settings();
  follow_pixel_ratio(page);
  web::begin_render_frame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(page.width, ui::kPageLayoutHeight);  // the whole page: see widgets.h
  io.DisplayFramebufferScale = ImVec2(page.pixel_ratio, page.pixel_ratio);
  ImGui::NewFrame();

  const unsigned screen_changes = app->state.nav.changes();
  const std::string title = ui::page_title(app->state);  // a click may move on mid-frame
  ui::mirror_capture().begin_frame();
  ui::begin_page(ui::PageFrame{page.width, page.height, page.scroll_y});
  ui::draw_current_screen(app->state, app->host);
  ui::draw_focus_indicator();
  const float content_height = std::max(ui::end_page(), page.height);
  platform::MirrorSnapshot snapshot = ui::mirror_capture().end_frame(title, content_height);
  web::render(page, ui::palette().page);
  if (snapshot != app->published) {
    app->mirror.publish(snapshot);
    app->published = std::move(snapshot);
  }
  if (end_of_frame(app->state, screen_changes)) web::wake(2);  // lay out the new screen
  fetch_needed_files();
  const std::string banners = app->state.storage_banner + app->state.sharing.team_banner;
  save_kept_data(app->state, app->kept, web::now_ms());
  if (app->state.storage_banner + app->state.sharing.team_banner != banners) web::wake(2);
  ++app->frames;
  return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0 ||
         ui::mirror_capture().has_pending_requests() || app->state.sharing.import.has_value();
}

void kiosk_settings_changed(AppState& state) {
  const KioskConfig& config = state.kiosk.config;
  switch (save_kiosk_settings(state, app->kept)) {
    case KioskNext::Restart: web::kiosk_restart(true); break;
    case KioskNext::RestartAsNormal: web::kiosk_restart(false); break;
    case KioskNext::WatchIdle: web::kiosk_watch_idle(config.idle_seconds, config.warning_seconds); break;
    case KioskNext::Nothing: break;
  }
}

// Everything the screens reach outside the app, in one place.
ui::Host web_host() {
  ui::Host host;
  host.now_ms = web::now_ms;
  host.random_bits = web::random_bits;
  host.page_url = web::page_url;
  host.copy_text = web::copy_to_clipboard;
  host.download = web::download;
  host.choose_file = web::pick_file;
  host.open_link = web::open_link;
  host.print_html = web::print_html;
  host.can_share = web::can_share;
  host.share_link = web::share_link_natively;
  host.apply_update = web::apply_update;
  host.delete_all_data = [](AppState& state) { delete_kept_data(state, app->kept); };
  host.kiosk_settings_changed = kiosk_settings_changed;
  host.drawing_path = web::drawing_path;
  host.kiosk_still_here = [](AppState& state) {
    kiosk_still_here(state);
    web::kiosk_reset_idle();
  };
  host.kiosk_clear_now = [](AppState& state) {
    forget_everything(state);
    web::kiosk_restart();
  };
  return host;
}

void init_imgui() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;                // nothing written anywhere
  io.ConfigInputTextCursorBlink = false;   // a blinking caret would keep the loop awake
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  web::init_renderer(web::drawing_path());
  ui::apply_theme();
  app->font_files.regular = web::fetched_asset("fonts/Inter-Regular.ttf");
  app->font_files.semibold = web::fetched_asset("fonts/Inter-SemiBold.ttf");
}

}  // namespace

int main() {
  app = new App();
  if (!web::open_window()) {
    web::report_failure("crash");
    return 1;
  }
  web::mark("capwalk-webgl-ready");
  init_imgui();
  web::mark("capwalk-imgui-ready");
  if (!web::read_shipped_index_file(app->state)) {
    web::report_failure("load");
    return 1;
  }
  web::keep_organisation_file(app->state);
  start_kept_data(app->state, app->kept, app->storage, web::kiosk_requested(), web::now_ms());
  if (app->state.kiosk.active) {
    web::kiosk_clear_session_storage();
    web::kiosk_watch_idle(app->state.kiosk.config.idle_seconds, app->state.kiosk.config.warning_seconds);
  }
  app->host = web_host();
  web::mark("capwalk-data-ready");
  web::queue_link_from_address();  // the page may have been opened from a results link
  web::queue_waiting_update();
  web::RunnerCallbacks callbacks;
  callbacks.draw_frame = draw_frame;
  callbacks.first_frame_drawn = web::first_frame_drawn;
  web::run(callbacks);
  return 0;
}
