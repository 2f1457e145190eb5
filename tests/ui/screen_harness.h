// screen_harness.h — draws capwalk's screens natively, with no browser and no renderer,
// and drives them the way a screen reader or a browser test does: by role and name.
//
// A ScreenHarness owns a Dear ImGui context (the real Inter subset fonts, no GPU), an
// AppState with the shipped frameworks and roles, an in-memory store saved after every
// frame (as app/main.cpp saves to localStorage), and a ui::Host whose members record
// each call with its arguments. Time stands still at kNow; random bits are a fixed
// sequence, so assessment ids are the same on every run.
//
//   ScreenHarness app;
//   app.click("Start");
//   CHECK(app.heading1() == "Choose a framework");
//   app.click(MirrorRole::Radio, "Ten Essential Shared Capabilities");
//   CHECK(app.state.chosen_framework == "esc");
//
// What a screen draws is read from the accessibility mirror (platform::MirrorSnapshot),
// the same description the page turns into DOM elements; acting on it goes through
// MirrorCapture, the same path a click on the DOM element takes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/core/app_state.h"
#include "app/core/kept_data.h"
#include "app/core/page_events.h"
#include "app/core/vault.h"
#include "app/platform/accessibility_mirror.h"
#include "app/ui/fonts.h"
#include "app/ui/host.h"

namespace capwalk::testui {

using platform::MirrorNode;
using platform::MirrorRole;
using platform::MirrorSnapshot;

// 2 December 2026, 09:00 UTC: the fake clock's only time.
constexpr std::int64_t kNow = 1796202000000;
constexpr const char* kPageUrl = "https://example.org/capwalk/";

// One call to a Host member: its name and its arguments as text (AppState& arguments
// are not recorded: it is always the harness's own state).
struct HostCall {
  std::string member;
  std::vector<std::string> args;
};

// The browser window the page is drawn for (CSS px), as the browser tests' DESKTOP and PHONE.
struct Viewport {
  float width = 1440, height = 900;
};
constexpr Viewport kDesktop{1440, 900};
constexpr Viewport kPhone{360, 740};

// The shipped frameworks (core first, as dist/frameworks/index.json lists them) and the
// role catalogue, read from frameworks/ through the loader the app uses.
void load_shipped_frameworks(AppState& state);
// Which fonts the harness draws with: "Inter subset" or "ImGui default" (when the
// subset fonts built by CMake are missing).
const char* font_source();

class ScreenHarness {
 public:
  // Loads the shipped frameworks, opens the (empty) store as the page does at start,
  // and draws the first frame.
  explicit ScreenHarness(Viewport viewport = kDesktop, bool load_frameworks = true);
  ~ScreenHarness();
  ScreenHarness(const ScreenHarness&) = delete;
  ScreenHarness& operator=(const ScreenHarness&) = delete;

  AppState state;
  MemoryStore store;            // what the page would keep in localStorage
  std::vector<HostCall> calls;  // every Host call, in order
  std::string page_url = kPageUrl;
  bool can_share = false;       // what host.can_share() answers
  std::uint64_t random_state = 0;  // host.random_bits(): splitmix64 from here
  std::vector<std::uint64_t> random_given;  // what host.random_bits() handed out
  // When set, what each frame draws on the page instead of the app's current screen:
  // for tests of single widgets.
  std::function<void()> page;

  const ui::Host& host() const { return host_; }

  // One frame, drawn exactly as app/main.cpp's draw_frame() draws it; then what the
  // page would save is saved. Returns the frame's mirror.
  const MirrorSnapshot& draw();
  // Frames until the mirror stops changing (the page's scheduler draws a few frames
  // after any input for the same reason): at least `min_frames`.
  const MirrorSnapshot& settle(int min_frames = 2);
  const MirrorSnapshot& snapshot() const { return last_; }

  // Items on the page, as getByRole(role, { name, exact: true }) finds them.
  std::vector<const MirrorNode*> all(MirrorRole role, const std::string& name) const;
  int count(MirrorRole role, const std::string& name) const { return static_cast<int>(all(role, name).size()); }
  bool has(MirrorRole role, const std::string& name) const { return count(role, name) > 0; }
  // The one item with this role and name; throws (naming what is there) if there is
  // none or more than one.
  const MirrorNode& get(MirrorRole role, const std::string& name) const;
  // Every item of a role (headings: of a level, 0 for any), in page order.
  std::vector<std::string> names(MirrorRole role, int level = 0) const;
  // Static text (paragraphs, notes, bullets) exactly as shown.
  bool has_text(const std::string& text) const { return has(MirrorRole::Text, text); }
  // The level-1 heading (throws if the page does not have exactly one).
  std::string heading1() const;

  // The page's events, queued as app/platform/web/page_events.cpp queues them and taken
  // at the next frame's start as main.cpp takes them, then frames until the page settles.
  // A screen-reader or keyboard click on the item's DOM counterpart.
  void activate(const MirrorNode& node);
  void click(MirrorRole role, const std::string& name) { activate(get(role, name)); }
  void click(const std::string& button_name) { click(MirrorRole::Button, button_name); }
  // A mouse click in the middle of the item, as input.js passes it on from the mirror.
  void mouse_click(const MirrorNode& node);
  // Typing into a text field's DOM counterpart.
  void type(const std::string& field_name, const std::string& text);
  // A key the page forwards (capwalk_key).
  void press(PageKey key);

  // The calls to one Host member.
  std::vector<HostCall> calls_to(const std::string& member) const;

 private:
  void follow_settings();
  std::string describe() const;

  ImGuiContext* context_ = nullptr;
  Viewport viewport_;
  ui::FontFiles font_files_;
  ui::Fonts fonts_;
  ui::Host host_;
  KeptData kept_;
  std::vector<PageEvent> events_;  // queued as the page queues them, taken at a frame's start
  MirrorSnapshot last_;
  std::string theme_;
};

}  // namespace capwalk::testui
