#include "widgets.h"

#include <algorithm>

#include <imgui.h>

#include "fonts.h"
#include "mirror_capture.h"
#include "theme.h"

namespace capwalk::ui {

using platform::MirrorRole;

namespace {

struct Column {
  float left = 0;
  float width = 0;
  bool narrow = false;
};
Column g_column;

constexpr ImGuiWindowFlags kPageFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
    ImGuiWindowFlags_NoNav;

void wrapped_text(ImFont* font, const std::string& text, ImU32 colour) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::SetCursorPosX(g_column.left);
  ImGui::PushTextWrapPos(g_column.left + g_column.width);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void begin_page(const PageFrame& frame) {
  const Metrics& m = metrics();
  const float margin = frame.width < 600 ? m.margin_phone : m.margin_wide;
  g_column.width = std::min(m.column_max, std::max(0.0f, frame.width - 2 * margin));
  g_column.left = std::max(margin, (frame.width - g_column.width) / 2);
  g_column.narrow = frame.width < 600;

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(frame.width, kPageLayoutHeight));
  ImGui::Begin("page", nullptr, kPageFlags);
  ImGui::PushFont(fonts().body);
}

float end_page() {
  gap(metrics().gap * 2);
  const float height = ImGui::GetCursorPosY();
  ImGui::PopFont();
  ImGui::End();
  return height;
}

bool is_narrow() { return g_column.narrow; }

void product_band(const char* product_name) {
  const Palette& p = palette();
  const float band_height = 64;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  draw->AddRectFilled(ImVec2(0, origin.y), ImVec2(width, origin.y + band_height), p.band);
  ImGui::PushFont(fonts().band);
  const float text_y = (band_height - ImGui::GetFontSize()) / 2;
  ImGui::SetCursorPos(ImVec2(g_column.left, ImGui::GetCursorPosY() + text_y));
  ImGui::PushStyleColor(ImGuiCol_Text, p.band_text);
  ImGui::TextUnformatted(product_name);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::SetCursorPosY(band_height);
  gap(metrics().gap * 2);
}

void heading(const std::string& text, int level) {
  wrapped_text(level <= 1 ? fonts().title : fonts().heading, text, palette().text);
  mirror_capture().add_last_item_as(MirrorRole::Heading, text, level);
}

void paragraph(const std::string& text) {
  wrapped_text(fonts().body, text, palette().text);
  mirror_capture().add_last_item_as(MirrorRole::Text, text);
}

void gap(float px) { ImGui::Dummy(ImVec2(0, px)); }

bool button(const char* label, ButtonKind kind) {
  const Palette& p = palette();
  const Metrics& m = metrics();
  const bool primary = kind == ButtonKind::Primary;
  ImGui::PushFont(fonts().body_strong);
  ImGui::PushStyleColor(ImGuiCol_Button, primary ? p.primary : p.secondary);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? p.primary_hover : p.secondary_hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? p.primary_active : p.secondary_active);
  ImGui::PushStyleColor(ImGuiCol_Text, primary ? p.primary_text : p.secondary_text);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, primary ? 0.0f : 1.0f);

  const float text_width = ImGui::CalcTextSize(label, nullptr, true).x;
  const float natural = text_width + 2 * ImGui::GetStyle().FramePadding.x;
  const float width = is_narrow() ? g_column.width : std::max(natural, 160.0f);
  ImGui::SetCursorPosX(g_column.left);
  const bool pressed = ImGui::Button(label, ImVec2(width, m.control_height));

  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
  ImGui::PopFont();
  return pressed;
}

}  // namespace capwalk::ui
