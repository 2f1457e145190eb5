#include "page_input.h"

#include <cfloat>

#include <imgui.h>

#include "mirror_capture.h"

namespace capwalk::ui {

namespace {

ImGuiKey imgui_key(PageKey key) {
  if (key >= PageKey::Digit1 && key <= PageKey::Digit9)
    return static_cast<ImGuiKey>(ImGuiKey_1 + (static_cast<int>(key) - static_cast<int>(PageKey::Digit1)));
  if (key == PageKey::Enter) return ImGuiKey_Enter;
  if (key == PageKey::Escape) return ImGuiKey_Escape;
  return ImGuiKey_None;
}

void pointer_source(bool touch) {
  ImGui::GetIO().AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
}

}  // namespace

bool apply_input_event(const PageEvent& event) {
  ImGuiIO& io = ImGui::GetIO();
  using Kind = PageEvent::Kind;
  switch (event.kind) {
    case Kind::PointerMove:
      pointer_source(event.touch);
      io.AddMousePosEvent(event.x, event.y);
      return true;
    case Kind::PointerButton:
      pointer_source(event.touch);
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, event.flag);
      return true;
    case Kind::PointerLeave: io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); return true;
    case Kind::Key: {
      const ImGuiKey key = imgui_key(event.page_key);
      if (key != ImGuiKey_None) {  // a press and its release
        io.AddKeyEvent(key, true);
        io.AddKeyEvent(key, false);
      }
      return true;
    }
    case Kind::TextInput: mirror_capture().receive_text(event.id, event.text); return true;
    case Kind::KeyboardFocus: mirror_capture().set_keyboard_focus(event.id); return true;
    case Kind::MirrorActivate: mirror_capture().request_activate(event.id); return true;
    default: return false;
  }
}

}  // namespace capwalk::ui
