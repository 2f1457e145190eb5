#include "screen_harness.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <imgui_internal.h>

#include "app/core/kiosk.h"
#include "app/core/walkthrough.h"
#include "app/ui/app_screens.h"
#include "app/ui/mirror_capture.h"
#include "app/ui/page_input.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"

namespace capwalk::testui {

namespace {

// Host members are plain function pointers, so the fakes reach the harness that is
// drawing through this; there is one ImGui context, so one harness, at a time.
ScreenHarness* g_current = nullptr;

void record(std::string member, std::vector<std::string> args = {}) {
  if (g_current) g_current->calls.push_back(HostCall{std::move(member), std::move(args)});
}

std::vector<unsigned char> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

std::string read_text(const std::filesystem::path& path) {
  const std::vector<unsigned char> bytes = read_bytes(path);
  if (bytes.empty()) throw std::runtime_error("cannot read " + path.string());
  return std::string(bytes.begin(), bytes.end());
}

bool g_inter = false;

}  // namespace

const char* font_source() { return g_inter ? "Inter subset" : "ImGui default"; }

void load_shipped_frameworks(AppState& state) {
  const std::filesystem::path dir = std::filesystem::path(CAPWALK_SOURCE_DIR) / "frameworks";
  // The order dist/frameworks/index.json gives the page: core first, then the roles,
  // then the learning.
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return (a != "core.json") < (b != "core.json") || ((a != "core.json") == (b != "core.json") && a < b);
  });
  for (const std::string& name : names) {
    if (name == "roles.json" || name == "learning.json") continue;
    if (!state.library.add_shipped_framework(read_text(dir / name)).empty())
      throw std::runtime_error("frameworks/" + name + " has problems");
  }
  if (!state.library.set_shipped_roles(read_text(dir / "roles.json")).empty())
    throw std::runtime_error("frameworks/roles.json has problems");
  if (!state.library.set_shipped_learning(read_text(dir / "learning.json")).empty())
    throw std::runtime_error("frameworks/learning.json has problems");
}

ScreenHarness::ScreenHarness(Viewport viewport, bool load_frameworks) : viewport_(viewport) {
  if (g_current) throw std::logic_error("one ScreenHarness at a time: there is one ImGui context");
  g_current = this;
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // as main.cpp's init_imgui()
  io.ConfigInputTextCursorBlink = false;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ui::use_theme("light");
  ui::use_text_scale(1.0f);
  ui::apply_theme();
  // The subset fonts the app ships, made by CMake with scripts/subset-fonts.
  const std::filesystem::path fonts = CAPWALK_UI_FONT_DIR;
  font_files_.regular = read_bytes(fonts / "Inter-Regular.ttf");
  font_files_.semibold = read_bytes(fonts / "Inter-SemiBold.ttf");
  g_inter = ui::build_fonts(font_files_, 1.0f, fonts_);

  host_.now_ms = [] { return kNow; };
  // A fixed sequence (splitmix64), so new assessment ids are the same on every run.
  host_.random_bits = [] {
    std::uint64_t z = (g_current->random_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    g_current->random_given.push_back(z);
    return z;
  };
  host_.page_url = [] { return g_current ? g_current->page_url : std::string(); };
  host_.can_share = [] { return g_current && g_current->can_share; };
  host_.copy_text = [](const std::string& text) { record("copy_text", {text}); };
  host_.download = [](const std::string& name, const std::string& mime, const std::string& text) {
    record("download", {name, mime, text});
  };
  host_.choose_file = [](const char* accept) { record("choose_file", {accept}); };
  host_.open_link = [](const std::string& url) { record("open_link", {url}); };
  host_.print_html = [](const std::string& html) { record("print_html", {html}); };
  host_.share_link = [](const std::string& title, const std::string& url) { record("share_link", {title, url}); };
  host_.apply_update = [] { record("apply_update"); };
  // The members that change state do to it what main.cpp's web_host() does, so a
  // journey can go on after them; what the page does besides (restarting, timers) is
  // only recorded.
  host_.delete_all_data = [](AppState& s) {
    record("delete_all_data");
    delete_kept_data(s, g_current->kept_);
  };
  host_.kiosk_settings_changed = [](AppState& s) {
    record("kiosk_settings_changed");
    save_kiosk_settings(s, g_current->kept_);
  };
  host_.kiosk_still_here = [](AppState& s) {
    record("kiosk_still_here");
    kiosk_still_here(s);
  };
  host_.kiosk_clear_now = [](AppState& s) {
    record("kiosk_clear_now");
    forget_everything(s);
  };

  if (load_frameworks) load_shipped_frameworks(state);
  start_kept_data(state, kept_, store, false, kNow);
  settle();
}

ScreenHarness::~ScreenHarness() {
  ui::mirror_capture().set_keyboard_focus(0);
  // The theme and text size are the app's globals, applied to ImGui's style: put back
  // for the next test while the context still exists.
  ui::use_theme("light");
  ui::use_text_scale(1.0f);
  ImGui::DestroyContext(context_);
  g_current = nullptr;
}

// main.cpp's follow_settings() and follow_page(), for a device with no colour
// preference ("Match my device" is light) and a pixel ratio of 1.
void ScreenHarness::follow_settings() {
  const Settings& s = state.stored.settings;
  const std::string theme = s.theme == "auto" ? "light" : s.theme;
  if (theme != theme_) {
    theme_ = theme;
    ui::use_theme(theme);
  }
  const float scale = static_cast<float>(std::clamp(s.text_scale_percent, kMinTextScalePercent, kMaxTextScalePercent)) / 100.0f;
  if (scale != ui::text_scale()) {
    ui::use_text_scale(scale);
    fonts_.density = 0;
  }
  if (fonts_.density != 1.0f) ui::build_fonts(font_files_, 1.0f, fonts_);
}

const MirrorSnapshot& ScreenHarness::draw() {
  for (const PageEvent& event : std::exchange(events_, {}))
    if (!ui::apply_input_event(event)) apply_page_event(state, kept_, event, kNow);
  follow_settings();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(viewport_.width, ui::kPageLayoutHeight);
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();

  Navigator& nav = state.nav;
  const unsigned screen_changes = nav.changes();
  const std::string title = ui::page_title(state);
  ui::mirror_capture().begin_frame();
  ui::begin_page(ui::PageFrame{viewport_.width, viewport_.height, 0});
  if (page) page();
  else ui::draw_current_screen(state, host_);
  ui::draw_focus_indicator();
  const float content_height = std::max(ui::end_page(), viewport_.height);
  last_ = ui::mirror_capture().end_frame(title, content_height);
  ImGui::Render();  // nothing draws it, but the frame ends as the page's does
  end_of_frame(state, screen_changes);
  save_kept_data(state, kept_, kNow);
  return last_;
}

const MirrorSnapshot& ScreenHarness::settle(int min_frames) {
  for (int i = 0; i < min_frames; ++i) draw();
  // As the page's scheduler: go on while input is queued or the page still changes.
  for (int i = 0; i < 20; ++i) {
    const MirrorSnapshot before = last_;
    const bool busy = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0 ||
                      ui::mirror_capture().has_pending_requests();
    if (draw() == before && !busy) return last_;
  }
  throw std::runtime_error("the page never settled:\n" + describe());
}

std::vector<const MirrorNode*> ScreenHarness::all(MirrorRole role, const std::string& name) const {
  std::vector<const MirrorNode*> found;
  for (const MirrorNode& node : last_.nodes)
    if (node.role == role && node.name == name) found.push_back(&node);
  return found;
}

const MirrorNode& ScreenHarness::get(MirrorRole role, const std::string& name) const {
  const auto found = all(role, name);
  if (found.size() == 1) return *found.front();
  throw std::runtime_error(std::to_string(found.size()) + " items are " + platform::to_string(role) +
                           " \"" + name + "\" on this page:\n" + describe());
}

std::vector<std::string> ScreenHarness::names(MirrorRole role, int level) const {
  std::vector<std::string> out;
  for (const MirrorNode& node : last_.nodes)
    if (node.role == role && (level == 0 || node.level == level)) out.push_back(node.name);
  return out;
}

std::string ScreenHarness::heading1() const {
  const auto h1 = names(MirrorRole::Heading, 1);
  if (h1.size() != 1) throw std::runtime_error("not one level-1 heading:\n" + describe());
  return h1.front();
}

void ScreenHarness::activate(const MirrorNode& node) {
  if (node.disabled) throw std::runtime_error("\"" + node.name + "\" is disabled");
  // ActivateItemByID acts in the frame after the request is applied: three frames at least.
  PageEvent event;
  event.kind = PageEvent::Kind::MirrorActivate;
  event.id = node.id;
  events_.push_back(event);
  settle(3);
}

void ScreenHarness::mouse_click(const MirrorNode& node) {
  if (node.disabled) throw std::runtime_error("\"" + node.name + "\" is disabled");
  PageEvent move;
  move.kind = PageEvent::Kind::PointerMove;
  move.x = node.rect.x + node.rect.width / 2;
  move.y = node.rect.y + node.rect.height / 2;
  PageEvent press;
  press.kind = PageEvent::Kind::PointerButton;
  press.flag = true;
  PageEvent release = press;
  release.flag = false;
  events_.insert(events_.end(), {move, press, release});
  settle(3);
}

void ScreenHarness::type(const std::string& field_name, const std::string& text) {
  const MirrorNode& field = get(MirrorRole::TextBox, field_name);
  if (field.read_only) throw std::runtime_error("\"" + field_name + "\" is read-only");
  PageEvent event;
  event.kind = PageEvent::Kind::TextInput;
  event.id = field.id;
  event.text = text;
  events_.push_back(event);
  settle();
}

void ScreenHarness::press(PageKey key) {
  PageEvent event;
  event.kind = PageEvent::Kind::Key;
  event.page_key = key;
  events_.push_back(event);
  settle(3);
}

std::vector<HostCall> ScreenHarness::calls_to(const std::string& member) const {
  std::vector<HostCall> out;
  for (const HostCall& call : calls)
    if (call.member == member) out.push_back(call);
  return out;
}

std::string ScreenHarness::describe() const {
  std::ostringstream s;
  s << "  title: " << last_.title << "\n";
  for (const MirrorNode& node : last_.nodes) {
    s << "  " << platform::to_string(node.role);
    if (node.level) s << node.level;
    s << " \"" << node.name << "\"";
    if (node.checked) s << " [checked]";
    if (node.disabled) s << " [disabled]";
    if (!node.value.empty()) s << " value=\"" << node.value.substr(0, 80) << "\"";
    s << "\n";
  }
  return s.str();
}

}  // namespace capwalk::testui
