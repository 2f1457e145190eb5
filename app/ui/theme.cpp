#include "theme.h"

namespace capwalk::ui {

namespace {

const Palette* g_palette = &palette_for("light");
Metrics g_metrics;
float g_scale = 1.0f;

}  // namespace

const Palette& palette() { return *g_palette; }

void use_theme(const std::string& theme) {
  g_palette = &palette_for(theme);
  apply_theme();
}

const Metrics& metrics() { return g_metrics; }

float text_scale() { return g_scale; }

void use_text_scale(float scale) {
  g_scale = scale;
  const Metrics base;
  g_metrics = base;
  g_metrics.body_size = base.body_size * scale;
  g_metrics.title_size = base.title_size * scale;
  g_metrics.heading_size = base.heading_size * scale;
  g_metrics.band_size = base.band_size * scale;
  g_metrics.column_max = base.column_max * scale;
  g_metrics.control_height = base.control_height * scale;
  g_metrics.gap = base.gap * scale;
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
