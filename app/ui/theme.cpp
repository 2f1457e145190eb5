#include "theme.h"

#include <algorithm>
#include <cmath>

namespace capwalk::ui {

namespace {
constexpr ImU32 rgb(unsigned hex) {
  // ImGui packs colours as ABGR.
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
}  // namespace

namespace {

const Palette kLight = {
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

// Every text colour >= 4.5:1 on its background; borders and controls >= 3:1.
const Palette kDark = {
    /*page*/ rgb(0x1B1D1F),
    /*band*/ rgb(0x0E2A47),
    /*band_text*/ rgb(0xFFFFFF),
    /*text*/ rgb(0xF3F4F5),
    /*text_secondary*/ rgb(0xC2C7CC),
    /*primary*/ rgb(0x1F7A4A),
    /*primary_hover*/ rgb(0x1A6A40),
    /*primary_active*/ rgb(0x155535),
    /*primary_text*/ rgb(0xFFFFFF),
    /*secondary*/ rgb(0x2A2D30),
    /*secondary_hover*/ rgb(0x373B3F),
    /*secondary_active*/ rgb(0x43484D),
    /*secondary_text*/ rgb(0xF3F4F5),
    /*secondary_border*/ rgb(0x8E959B),
    /*focus*/ rgb(0xFFDD00),
    /*card_border*/ rgb(0x8E959B),
    /*card_hover*/ rgb(0x25282B),
    /*card_selected*/ rgb(0x15352A),
    /*status_bar*/ rgb(0x3DBE7A),
    /*status_bg*/ rgb(0x16281F),
};

const Palette kHighContrast = {
    /*page*/ rgb(0x000000),
    /*band*/ rgb(0x000000),
    /*band_text*/ rgb(0xFFFF00),
    /*text*/ rgb(0xFFFFFF),
    /*text_secondary*/ rgb(0xFFFFFF),
    /*primary*/ rgb(0xFFFF00),
    /*primary_hover*/ rgb(0xFFFFFF),
    /*primary_active*/ rgb(0xE0E000),
    /*primary_text*/ rgb(0x000000),
    /*secondary*/ rgb(0x000000),
    /*secondary_hover*/ rgb(0x333333),
    /*secondary_active*/ rgb(0x4D4D4D),
    /*secondary_text*/ rgb(0xFFFFFF),
    /*secondary_border*/ rgb(0xFFFFFF),
    /*focus*/ rgb(0x00FFFF),
    /*card_border*/ rgb(0xFFFFFF),
    /*card_hover*/ rgb(0x333333),
    /*card_selected*/ rgb(0x000000),
    /*status_bar*/ rgb(0xFFFF00),
    /*status_bg*/ rgb(0x000000),
};

const Palette* g_palette = &kLight;
Metrics g_metrics;
float g_scale = 1.0f;

float linear(unsigned channel) {
  const float c = static_cast<float>(channel) / 255.0f;
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(ImU32 colour) {
  return 0.2126f * linear(colour & 0xFF) + 0.7152f * linear((colour >> 8) & 0xFF) +
         0.0722f * linear((colour >> 16) & 0xFF);
}

}  // namespace

const Palette& palette() { return *g_palette; }

void use_theme(const std::string& theme) {
  g_palette = theme == "dark" ? &kDark : theme == "high-contrast" ? &kHighContrast : &kLight;
  apply_theme();
}

float contrast_ratio(ImU32 a, ImU32 b) {
  const float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
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
