#include "mirror_capture.h"

#include <algorithm>
#include <unordered_map>

#include <imgui.h>
#include <imgui_internal.h>

namespace capwalk::ui {

using platform::MirrorNode;
using platform::MirrorRect;
using platform::MirrorRole;

MirrorCapture& mirror_capture() {
  static MirrorCapture capture;
  return capture;
}

void MirrorCapture::begin_frame() {
  nodes_.clear();
  hint_ = {};
  last_add_ = {};
  collecting_ = true;
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
  apply_requests();  // against the items of the frame before
  windows_.clear();
}

void MirrorCapture::apply_requests() {
  for (std::uint32_t id : pending_activate_) {
    auto it = std::find_if(windows_.begin(), windows_.end(),
                           [id](const auto& w) { return w.first == id; });
    if (it == windows_.end()) continue;  // the item is gone: the screen changed meanwhile
    // Activation takes the keyboard path of the widget, which acts on the focused item.
    ImGui::SetFocusID(id, it->second);
    ImGui::ActivateItemByID(id);
  }
  pending_activate_.clear();
}

platform::MirrorSnapshot MirrorCapture::end_frame(const std::string& title, float content_height) {
  collecting_ = false;
  platform::MirrorSnapshot snapshot;
  snapshot.title = title;
  snapshot.content_height = content_height;
  snapshot.nodes = nodes_;
  give_repeated_text_own_ids(snapshot.nodes);
  return snapshot;
}

// Static text is identified by its words, so the same words twice on a page ("2 not
// answered" under two charts) would be one DOM element. Later copies get an id made
// from the first and their place among the copies, which is stable from frame to
// frame. Operable items keep ImGui's ids: activation requests refer to them.
void MirrorCapture::give_repeated_text_own_ids(std::vector<MirrorNode>& nodes) {
  std::unordered_map<std::uint32_t, std::uint32_t> copies;
  for (const MirrorNode& node : nodes) copies.emplace(node.id, 0);
  for (MirrorNode& node : nodes) {
    std::uint32_t& seen = copies[node.id];
    if (seen++ == 0 || is_operable(node.role)) continue;
    const std::uint32_t first = node.id;
    do {
      node.id = ImHashData(&seen, sizeof seen, first);
    } while (copies.count(node.id) != 0);
    copies.emplace(node.id, 1);
  }
}

bool is_operable(MirrorRole role) {
  return role == MirrorRole::Button || role == MirrorRole::Link || role == MirrorRole::Radio ||
         role == MirrorRole::Checkbox || role == MirrorRole::TextBox;
}

bool MirrorCapture::keyboard_focus_rect(MirrorRect& rect) const {
  if (keyboard_focus_ == 0) return false;
  for (const MirrorNode& node : nodes_) {
    if (node.id != keyboard_focus_) continue;
    if (!is_operable(node.role) || node.role == MirrorRole::TextBox) return false;
    rect = node.rect;
    return true;
  }
  return false;
}

namespace {
MirrorRect rect_of(float x0, float y0, float x1, float y1) { return MirrorRect{x0, y0, x1 - x0, y1 - y0}; }
}  // namespace

void MirrorCapture::next_item_as(MirrorRole role, bool checked, const std::string& group,
                                 const std::string& description) {
  hint_ = RoleHint{true, role, checked, group, description, {}, {}};
}

void MirrorCapture::next_item_is_link(const std::string& href) {
  hint_ = RoleHint{true, MirrorRole::Link, false, {}, {}, href, {}};
}

void MirrorCapture::next_item_copies(const std::string& text) {
  hint_ = RoleHint{true, MirrorRole::Button, false, {}, {}, {}, text};
}

void MirrorCapture::add_last_item_as(MirrorRole role, const std::string& text, int level) {
  if (text.empty()) return;
  MirrorNode node;
  node.id = ImGui::GetID(text.c_str());
  node.role = role;
  node.name = text;
  node.level = level;
  add_node_at_last_item(std::move(node));
}

void MirrorCapture::add_node_at_last_item(MirrorNode node) {
  if (!collecting_) return;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  node.rect = rect_of(min.x, min.y, max.x, max.y);
  nodes_.push_back(std::move(node));
}

void MirrorCapture::add_text_field(std::uint32_t id, const std::string& label,
                                   const std::string& value, float x0, float y0, float x1,
                                   float y1, bool multiline, bool read_only, bool secret,
                                   std::size_t max_length) {
  if (!collecting_) return;
  MirrorNode node;
  node.id = id;
  node.role = MirrorRole::TextBox;
  node.name = label;
  node.value = value;
  node.multiline = multiline;
  node.read_only = read_only;
  node.secret = secret;
  node.max_length = max_length;
  node.rect = rect_of(x0, y0, x1, y1);
  nodes_.push_back(std::move(node));
}

bool MirrorCapture::take_text(std::uint32_t id, std::string& into) {
  auto it = pending_text_.find(id);
  if (it == pending_text_.end()) return false;
  into = std::move(it->second);
  pending_text_.erase(it);
  return true;
}

void MirrorCapture::on_item_add(std::uint32_t id, float x0, float y0, float x1, float y1,
                                ImGuiWindow* window, bool disabled) {
  if (!collecting_) return;
  last_add_ = LastAdd{id, rect_of(x0, y0, x1, y1), window, disabled};
}

void MirrorCapture::on_item_info(std::uint32_t id, const char* label, int flags) {
  // Only items registered through ItemAdd with item data: this leaves out windows,
  // title bars and other ImGui chrome that people do not operate in this app.
  if (!collecting_ || id != last_add_.id || id == 0) return;
  MirrorNode node;
  node.id = id;
  node.name = platform::visible_label(label);
  node.rect = last_add_.rect;
  node.disabled = last_add_.disabled;
  if (hint_.set) {
    node.role = hint_.role;
    node.group = hint_.group;
    node.checked = hint_.checked;
    node.description = hint_.description;
    node.href = hint_.href;
    node.copies = hint_.copies;
    hint_ = {};
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    node.role = MirrorRole::Checkbox;
    node.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  } else if (flags & ImGuiItemStatusFlags_Inputable) {
    node.role = MirrorRole::TextBox;
  } else {
    node.role = MirrorRole::Button;
  }
  windows_.emplace_back(id, last_add_.window);
  last_add_ = {};
  nodes_.push_back(std::move(node));
}

}  // namespace capwalk::ui

// ---- The ImGui test-engine hooks (declared in imgui_internal.h) ----

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData* item_data) {
  if (!item_data) return;  // windows and alternate registrations: not operable items
  const bool disabled = (item_data->InFlags & ImGuiItemFlags_Disabled) != 0;
  capwalk::ui::mirror_capture().on_item_add(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y,
                                            ImGui::GetCurrentWindow(), disabled);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
  capwalk::ui::mirror_capture().on_item_info(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
