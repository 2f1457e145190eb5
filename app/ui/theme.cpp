#include "theme.h"

namespace capwalk::ui {

namespace {
constexpr ImU32 rgb(unsigned hex) {
  // ImGui packs colours as ABGR.
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
}  // namespace

const Palette& palette() {
  static const Palette light = {
      /*page*/ rgb(0xFFFFFF),
      /*band*/ rgb(0x12355B),
      /*band_text*/ rgb(0xFFFFFF),
      /*text*/ rgb(0x0B0C0C),
      /*text_secondary*/ rgb(0x4A4F55),
      /*primary*/ rgb(0x00703C),
      /*primary_hover*/ rgb(0x005A30),
      /*primary_active*/ rgb(0x004524),
      /*primary_text*/ rgb(0xFFFFFF),
      /*secondary*/ rgb(0xF0F1F2),
      /*secondary_hover*/ rgb(0xDDE0E3),
      /*secondary_active*/ rgb(0xC9CDD1),
      /*secondary_text*/ rgb(0x0B0C0C),
      /*secondary_border*/ rgb(0x6F777B),
      /*focus*/ rgb(0xFFDD00),
      /*card_border*/ rgb(0x6F777B),
      /*card_hover*/ rgb(0xF3F2F1),
      /*card_selected*/ rgb(0xE7F2EB),
      /*status_bar*/ rgb(0x00703C),
      /*status_bg*/ rgb(0xEEF6F1),
  };
  return light;
}

const Metrics& metrics() {
  static const Metrics m;
  return m;
}

void apply_theme() {
  ImGuiStyle& style = ImGui::GetStyle();
  const Palette& p = palette();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FramePadding = ImVec2(20, 12);
  style.FrameRounding = 6;
  style.FrameBorderSize = 0;
  style.ItemSpacing = ImVec2(12, 12);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 0;  // the page scrolls natively
  style.AntiAliasedLinesUseTex = true;

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.page);
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.text);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.text_secondary);
  c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.secondary);
  c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(p.secondary_hover);
  c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(p.secondary_active);
  c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(p.focus);
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.secondary_border);
}

}  // namespace capwalk::ui
