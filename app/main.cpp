// main.cpp — capwalk in the browser: SDL2 + WebGL 2 + Dear ImGui, drawn on demand.
//
// The loop runs on requestAnimationFrame but pauses itself whenever nothing needs
// drawing; every source of change (pointer input, scrolling, resizing, a click on
// the accessibility mirror) arrives through web/shell.js and the exported
// capwalk_* functions below, which wake it again. See platform/frame_scheduler.h.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/emmalloc.h>
#include <emscripten/heap.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>

#include "app/core/app_state.h"
#include "app/platform/frame_scheduler.h"
#include "app/platform/web/web_page.h"
#include "app/platform/web/web_storage.h"
#include "app/core/kiosk.h"
#include "app/core/storage_sync.h"
#include "app/core/vault.h"
#include "app/core/walkthrough.h"
#include "app/core/sharing.h"
#include "app/ui/app_screens.h"
#include "app/ui/fonts.h"
#include "app/ui/host.h"
#include "app/ui/mirror_capture.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace {

using namespace capwalk;

struct Runtime {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  platform::FrameScheduler scheduler;
  bool paused = false;
  bool first_frame_done = false;
  unsigned frames_drawn = 0;  // for scripts/bench: how many, and the time they took
  double frame_ms_total = 0;
  int canvas_w = 0, canvas_h = 0;
  ui::FontFiles font_files;
  ui::Fonts fonts;
  AppState state;
  web::LocalStorage storage;
  MemoryStore memory;                   // a kiosk keeps each person's answers here only
  KeyValueStore* store = &storage;      // where answers are kept: one of the two above
  std::unique_ptr<Vault> vault;
  SyncBase kept;                        // what this tab last read from or wrote to storage
  std::string theme;  // the theme in use
  web::WebAccessibilityMirror mirror;
  platform::MirrorSnapshot published;
  ui::Host host;
};

Runtime* rt = nullptr;

void wake(int frames = platform::FrameScheduler::kFramesAfterInput) {
  if (!rt) return;
  rt->scheduler.wake(frames);
  if (rt->paused) {
    rt->paused = false;
    emscripten_resume_main_loop();
  }
}

// The person's settings, or their device's wishes where they chose "auto".
void follow_settings() {
  const Settings& s = rt->state.stored.settings;
  std::string theme = s.theme;
  if (theme == "auto")
    theme = web::device_prefers_contrast() ? "high-contrast" : web::device_prefers_dark() ? "dark" : "light";
  if (theme != rt->theme) {
    rt->theme = theme;
    ui::use_theme(theme);
    web::set_page_theme(theme);
  }
  const float scale = static_cast<float>(std::clamp(s.text_scale_percent, 100, 200)) / 100.0f;
  if (scale != ui::text_scale()) {
    ui::use_text_scale(scale);
    web::set_page_text_scale(scale);
    rt->fonts.density = 0;  // rebuild the fonts at the new size
  }
}

// Keeps the canvas backing store at CSS size × pixel ratio, and the font atlas at
// the pixel ratio, so nothing is blurry after zooming or rotating.
void follow_page(const web::PageGeometry& page) {
  if (page.pixel_ratio != rt->fonts.density) {
    ui::build_fonts(rt->font_files, page.pixel_ratio, rt->fonts);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  const int w = static_cast<int>(std::lround(page.width * page.pixel_ratio));
  const int h = static_cast<int>(std::lround(page.height * page.pixel_ratio));
  if (w != rt->canvas_w || h != rt->canvas_h) {
    rt->canvas_w = w;
    rt->canvas_h = h;
    web::set_canvas_pixels(w, h);
  }
}

// Every change to what a person keeps is saved at once (core/storage_sync.h).
void save_if_changed() {
  const std::string banner = rt->state.storage_banner, team_banner = rt->state.sharing.team_banner;
  save_kept_data(rt->state, *rt->vault, *rt->store, rt->kept, web::now_ms());
  if (rt->state.storage_banner != banner || rt->state.sharing.team_banner != team_banner) rt->scheduler.wake(2);
}

// ---- Kiosk mode (core/kiosk.h) ----

void save_kiosk_config(const KioskConfig& config) {
  if (config.enabled) rt->storage.set(kKioskKey, kiosk_to_json(config));
  else rt->storage.remove(kKioskKey);
}

// Decides where answers live before anything is read: on a kiosk, in memory only, and
// whatever a crash may have left in the browser's storage is wiped first.
void start_kiosk_or_not() {
  KioskState& k = rt->state.kiosk;
  const auto saved = rt->storage.get(kKioskKey);
  k.config = kiosk_from_json(saved ? *saved : "");
  k.active = k.config.enabled;
  k.setting_up = !k.active && web::kiosk_requested();
  if (k.active) {
    Vault(rt->storage).delete_everything();
    rt->storage.remove(kTeamKey);
    web::kiosk_clear_session_storage();
    rt->store = &rt->memory;
  }
  rt->vault = std::make_unique<Vault>(*rt->store);
}

// Everything the screens reach outside the app (ui/host.h), in one place.
ui::Host make_host() {
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
  host.delete_all_data = [](AppState& state) { delete_kept_data(state, *rt->vault, rt->kept); };
  host.kiosk_settings_changed = [](AppState& state) {
    const bool was_active = state.kiosk.active;
    save_kiosk_config(state.kiosk.config);
    if (was_active != state.kiosk.config.enabled) {
      web::kiosk_restart(state.kiosk.config.enabled);  // start afresh in the new mode
    } else if (state.kiosk.active) {
      web::kiosk_watch_idle(state.kiosk.config.idle_seconds, state.kiosk.config.warning_seconds);
    }
  };
  host.kiosk_still_here = [](AppState& state) {
    state.kiosk.warning_left = 0;
    web::kiosk_reset_idle();
  };
  host.kiosk_clear_now = [](AppState& state) {
    forget_everything(state);
    web::kiosk_restart();
  };
  return host;
}

void draw_frame() {
  const double started = emscripten_get_now();
  const web::PageGeometry page = web::read_page_geometry();
  follow_settings();
  follow_page(page);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(page.width, ui::kPageLayoutHeight);  // the whole page: see widgets.h
  io.DisplayFramebufferScale = ImVec2(page.pixel_ratio, page.pixel_ratio);
  ImGui::NewFrame();

  Navigator& nav = rt->state.nav;
  const unsigned screen_changes = nav.changes();
  const std::string title = ui::page_title(rt->state);  // a click may move on mid-frame
  ui::mirror_capture().begin_frame();
  ui::begin_page(ui::PageFrame{page.width, page.height, page.scroll_y});
  ui::draw_current_screen(rt->state, rt->host);
  ui::draw_focus_indicator();
  const float content_height = std::max(ui::end_page(), page.height);
  platform::MirrorSnapshot snapshot =
      ui::mirror_capture().end_frame(title, content_height);
  ImGui::Render();
  // Show the slice of the page the browser has scrolled to.
  ImDrawData* draw_data = ImGui::GetDrawData();
  draw_data->DisplayPos = ImVec2(0, page.scroll_y);
  draw_data->DisplaySize = ImVec2(page.width, page.height);

  glViewport(0, 0, rt->canvas_w, rt->canvas_h);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::palette().page);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);

  if (snapshot != rt->published) {
    rt->mirror.publish(snapshot);
    rt->published = std::move(snapshot);
  }
  if (nav.changes() != screen_changes) {
    rt->state.other_tab_notice.clear();  // told once, on the screen it happened on
    rt->scheduler.wake(2);               // lay out the new screen
  }
  save_if_changed();
  const bool busy = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0 ||
                    ui::mirror_capture().has_pending_requests();
  rt->scheduler.frame_drawn(busy);
  ++rt->frames_drawn;
  rt->frame_ms_total += emscripten_get_now() - started;
  if (!rt->first_frame_done) {
    rt->first_frame_done = true;
    web::first_frame_drawn();
  }
}

void main_loop() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    rt->scheduler.wake();
  }
  if (!rt->scheduler.should_draw()) {
    rt->paused = true;
    emscripten_pause_main_loop();
    return;
  }
  draw_frame();
}

bool init_window() {
  // Keys go to the page's own elements (the mirror, text fields), not to SDL.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return false;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  rt->window = SDL_CreateWindow("capwalk", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 360,
                                640, SDL_WINDOW_OPENGL);
  if (!rt->window) return false;
  rt->gl = SDL_GL_CreateContext(rt->window);
  return rt->gl != nullptr;
}

void init_imgui() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;                // nothing written anywhere
  io.ConfigInputTextCursorBlink = false;   // a blinking caret would keep the loop awake
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplSDL2_InitForOpenGL(rt->window, rt->gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  ui::apply_theme();
  rt->font_files.regular = web::fetched_asset("fonts/Inter-Regular.otf");
  rt->font_files.semibold = web::fetched_asset("fonts/Inter-SemiBold.otf");
}

// The shipped frameworks and roles, fetched by the page before start-up, go through
// the same loader as a file a person opens. They are checked at build time, so a
// problem here means a damaged download: it is logged and that framework left out.
void load_shipped_frameworks() {
  for (const std::string& name : web::fetched_asset_names("frameworks/")) {
    const std::vector<unsigned char> bytes = web::fetched_asset(name);
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (name == "frameworks/roles.json") continue;
    for (const Problem& p : rt->state.library.add_shipped_framework(text))
      web::log_warning(name + ": " + to_string(p));
  }
  const std::vector<unsigned char> roles = web::fetched_asset("frameworks/roles.json");
  const std::string_view text(reinterpret_cast<const char*>(roles.data()), roles.size());
  for (const Problem& p : rt->state.library.set_shipped_roles(text))
    web::log_warning("frameworks/roles.json: " + to_string(p));
}

}  // namespace

// ---- Called by web/shell.js ----
extern "C" {

EMSCRIPTEN_KEEPALIVE void capwalk_wake() { wake(); }

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_move(float x, float y, int touch) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  wake();
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_button(int down, int touch) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, down != 0);
  wake();
}

EMSCRIPTEN_KEEPALIVE void capwalk_pointer_leave() {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
}

// A results link in the address bar (see shell.js takeLinkFromAddress()).
EMSCRIPTEN_KEEPALIVE void capwalk_link_opened() {
  const std::vector<unsigned char> code = capwalk::web::fetched_asset(capwalk::web::contract::kMailboxOpenedLink);
  if (!code.empty()) capwalk::open_share_link(rt->state, std::string(code.begin(), code.end()));
  wake();
}

// Kiosk: no input for the idle time; "Are you still there?" with `seconds` to answer.
EMSCRIPTEN_KEEPALIVE void capwalk_idle_warning(int seconds) {
  rt->state.kiosk.warning_left = seconds;
  wake();
}

EMSCRIPTEN_KEEPALIVE void capwalk_idle_tick(int seconds_left) {
  rt->state.kiosk.warning_left = seconds_left;
  wake();
}

// A newer build has been downloaded (see web/sw.js).
EMSCRIPTEN_KEEPALIVE void capwalk_update_ready() {
  rt->state.update_ready = true;
  wake();
}

EMSCRIPTEN_KEEPALIVE void capwalk_copied(int ok) {
  rt->state.sharing.notice = ok ? "Link copied. You can paste it into an email or message."
                                : "Your browser did not let capwalk copy the link. Select the link above and copy it yourself.";
  wake();
}

// A file the person chose or dropped on the page (see shell.js openFile()).
EMSCRIPTEN_KEEPALIVE void capwalk_file_opened() {
  const std::vector<unsigned char> name = capwalk::web::fetched_asset(capwalk::web::contract::kMailboxOpenedFileName);
  const std::vector<unsigned char> text = capwalk::web::fetched_asset(capwalk::web::contract::kMailboxOpenedFile);
  capwalk::open_file(rt->state, std::string(name.begin(), name.end()),
                     std::string(text.begin(), text.end()));
  wake();
}

// Text typed into the DOM field over a text field of the app.
EMSCRIPTEN_KEEPALIVE void capwalk_text_input(std::uint32_t id, const char* text) {
  capwalk::ui::mirror_capture().receive_text(id, text ? text : "");
  wake();
}

// A key pressed while no text field or button has the focus: '1'..'6' or Enter; or
// Escape, wherever the focus is.
EMSCRIPTEN_KEEPALIVE void capwalk_key(int code) {
  ImGuiKey key = ImGuiKey_None;
  if (code >= '1' && code <= '9') key = static_cast<ImGuiKey>(ImGuiKey_1 + (code - '1'));
  if (code == web::contract::kKeyEnter) key = ImGuiKey_Enter;
  if (code == web::contract::kKeyEscape) key = ImGuiKey_Escape;
  if (key == ImGuiKey_None) return;
  ImGui::GetIO().AddKeyEvent(key, true);
  ImGui::GetIO().AddKeyEvent(key, false);
  wake();
}

// Another tab or window changed what capwalk keeps (web::contract: the person's data,
// the team, or everything was cleared); `removed`: the key was deleted. Merged into
// this tab's data by core/storage_sync.h.
EMSCRIPTEN_KEEPALIVE void capwalk_storage_changed(int which, int removed) {
  using capwalk::OtherTabKey;
  namespace contract = capwalk::web::contract;
  const OtherTabKey key = which == contract::kStorageData   ? OtherTabKey::Data
                          : which == contract::kStorageTeam ? OtherTabKey::Team
                                                            : OtherTabKey::Everything;
  capwalk::take_other_tab_change(rt->state, *rt->vault, *rt->store, rt->kept, key, removed != 0,
                                 capwalk::web::now_ms());
  wake();
}

// The keyboard focus moved to the mirror item `id` (0: to none, or it was a click).
EMSCRIPTEN_KEEPALIVE void capwalk_keyboard_focus(std::uint32_t id) {
  capwalk::ui::mirror_capture().set_keyboard_focus(id);
  wake();
}

// For scripts/bench: frames drawn so far, and the memory the app has and uses.
EMSCRIPTEN_KEEPALIVE unsigned capwalk_frames_drawn() { return rt->frames_drawn; }
EMSCRIPTEN_KEEPALIVE double capwalk_frame_ms_total() { return rt->frame_ms_total; }
EMSCRIPTEN_KEEPALIVE unsigned capwalk_heap_bytes() {
  return static_cast<unsigned>(emscripten_get_heap_size());
}
EMSCRIPTEN_KEEPALIVE unsigned capwalk_heap_used_bytes() {
  return static_cast<unsigned>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}

EMSCRIPTEN_KEEPALIVE void capwalk_mirror_activate(std::uint32_t id) {
  capwalk::ui::mirror_capture().request_activate(id);
  wake();
}

}  // extern "C"

int main() {
  rt = new Runtime();
  if (!init_window()) {
    web::report_failure("webgl");
    return 1;
  }
  web::mark("capwalk-webgl-ready");
  init_imgui();
  web::mark("capwalk-imgui-ready");
  load_shipped_frameworks();
  web::mark("capwalk-frameworks-loaded");
  start_kiosk_or_not();
  rt->host = make_host();
  open_kept_data(rt->state, *rt->vault, *rt->store, rt->kept, web::now_ms());
  if (rt->state.kiosk.active) {
    rt->state.stored.settings.text_scale_percent = 125;  // larger text and targets on a kiosk
    web::kiosk_watch_idle(rt->state.kiosk.config.idle_seconds, rt->state.kiosk.config.warning_seconds);
  } else if (rt->state.kiosk.setting_up) {
    rt->state.nav.go(Screen::KioskSetup);
  }
  capwalk_link_opened();  // the page may have been opened from a results link
  rt->state.update_ready = web::update_ready();
  rt->scheduler.wake();
  // The first frame at once, rather than at the next animation frame: the page is
  // on screen sooner.
  draw_frame();
  emscripten_set_main_loop(main_loop, 0, false);
  return 0;
}
