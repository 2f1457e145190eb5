// mirror_capture.h — builds the accessibility mirror from what ImGui draws.
//
// ImGui compiled with IMGUI_ENABLE_TEST_ENGINE calls two hooks for every
// interactive item in every frame: ItemAdd (id, rectangle) and ItemInfo (label,
// status flags such as checkable/checked). Those hooks are the single generic place
// where buttons, checkboxes and text fields become mirror nodes, so screens never
// register widgets by hand. What ImGui cannot tell apart (a radio button looks like
// a button to the hooks; headings and paragraphs are not items at all) is added by
// the few helpers in widgets.h.
//
// The DOM asks for things too: "activate item 42" (a keyboard or screen-reader
// click on its DOM counterpart). Those requests are queued and applied at the start
// of the next frame through ImGui's own activation path, the same one keyboard
// navigation uses, so the item behaves exactly as if it had been clicked.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/platform/accessibility_mirror.h"

struct ImGuiWindow;

namespace capwalk::ui {

class MirrorCapture {
 public:
  // Starts collecting for a frame. Call after ImGui::NewFrame().
  void begin_frame();
  // The collected nodes, plus the page title and height.
  platform::MirrorSnapshot end_frame(const std::string& title, float content_height);

  // Hints and static content, called by widgets.h.
  // What the next item is, when ImGui's hooks cannot tell (a radio button or a
  // custom checkbox look like buttons to them): its role, checked state, the
  // question naming its radio group, and optional extra text read after its name.
  void next_item_as(platform::MirrorRole role, bool checked, const std::string& group = {},
                    const std::string& description = {});
  // The next item is a link to `href`: the page puts a real <a href> over it.
  void next_item_is_link(const std::string& href);
  // The next item is a button that copies `text` to the clipboard: the page copies it
  // during the click itself, which is the only time Safari allows it.
  void next_item_copies(const std::string& text);
  // Adds the last drawn ImGui item (text) as a static node.
  void add_last_item_as(platform::MirrorRole role, const std::string& text, int level = 0);
  // Adds `node` with the rectangle of the last drawn ImGui item.
  void add_node_at_last_item(platform::MirrorNode node);

  // A text field drawn by widgets.h: the DOM has a real input over it, which is where
  // the person types (it brings up on-screen keyboards and handles every language).
  void add_text_field(std::uint32_t id, const std::string& label, const std::string& value,
                      float x0, float y0, float x1, float y1, bool multiline,
                      bool read_only = false, bool secret = false, std::size_t max_length = 0);
  // Text typed into the DOM field `id` since the last frame; false if none.
  bool take_text(std::uint32_t id, std::string& into);
  void receive_text(std::uint32_t id, std::string text) { pending_text_[id] = std::move(text); }

  // The item whose DOM counterpart has the keyboard focus (0 for none): the canvas
  // draws the focus indicator around it, so what is seen matches what has focus.
  void set_keyboard_focus(std::uint32_t id) { keyboard_focus_ = id; }
  std::uint32_t keyboard_focus() const { return keyboard_focus_; }
  // The rectangle of that item in this frame, if it is a button, radio or checkbox
  // (text fields are real DOM fields and show their own focus).
  bool keyboard_focus_rect(platform::MirrorRect& rect) const;

  // Requests from the DOM, applied in the next frame.
  void request_activate(std::uint32_t id) { pending_activate_.push_back(id); }
  bool has_pending_requests() const { return !pending_activate_.empty(); }

  // Called from the ImGui hooks.
  void on_item_add(std::uint32_t id, float x0, float y0, float x1, float y1, ImGuiWindow* window,
                   bool disabled);
  void on_item_info(std::uint32_t id, const char* label, int status_flags);

 private:
  struct LastAdd {
    std::uint32_t id = 0;
    platform::MirrorRect rect;
    ImGuiWindow* window = nullptr;
    bool disabled = false;
  };
  void apply_requests();
  static void give_repeated_text_own_ids(std::vector<platform::MirrorNode>& nodes);

  bool collecting_ = false;
  LastAdd last_add_;
  struct RoleHint {
    bool set = false;
    platform::MirrorRole role = platform::MirrorRole::Button;
    bool checked = false;
    std::string group;
    std::string description;
    std::string href;
    std::string copies;
  };
  RoleHint hint_;
  std::vector<platform::MirrorNode> nodes_;
  std::uint32_t keyboard_focus_ = 0;
  std::vector<std::uint32_t> pending_activate_;
  std::map<std::uint32_t, std::string> pending_text_;
  // The window of each operable item of the last frame, for activation requests.
  std::vector<std::pair<std::uint32_t, ImGuiWindow*>> windows_;
};

// Buttons, links, radio buttons, check boxes and text fields: what a person operates.
bool is_operable(platform::MirrorRole role);

// The capture the ImGui hooks feed. One per process, as there is one ImGui context.
MirrorCapture& mirror_capture();

}  // namespace capwalk::ui
