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
  // The sizes that grow with the text, as a table: smaller code than a line each.
  static constexpr float Metrics::*kScaled[] = {
      &Metrics::body_size, &Metrics::title_size, &Metrics::heading_size, &Metrics::band_size,
      &Metrics::column_max, &Metrics::control_height, &Metrics::gap_tight, &Metrics::gap_small,
      &Metrics::gap_medium, &Metrics::gap, &Metrics::gap_label, &Metrics::pad_button,
      &Metrics::pad_checkbox, &Metrics::pad_link, &Metrics::marker, &Metrics::checkbox, &Metrics::button_min_width,
      &Metrics::band_height, &Metrics::bar_height, &Metrics::chart_height, &Metrics::cell,
      &Metrics::link_height, &Metrics::text_area_height};
  g_scale = scale;
  const Metrics base;
  g_metrics = base;
  for (float Metrics::*size : kScaled) g_metrics.*size = base.*size * scale;
  // ImGui's own spacing and padding come from the metrics too.
  if (ImGui::GetCurrentContext()) apply_theme();
}

void apply_theme() {
  ImGuiStyle& style = ImGui::GetStyle();
  const Palette& p = palette();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FramePadding = ImVec2(metrics().pad_button, metrics().gap_medium);
  style.FrameRounding = 6;
  style.FrameBorderSize = 0;
  style.ItemSpacing = ImVec2(metrics().gap_medium, metrics().gap_medium);
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
