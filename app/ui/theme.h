// theme.h — colours and sizes, in one place.
//
// Colours are in palette.h, where a unit test checks their contrast. Sizes are CSS
// pixels; every control is at least Metrics::control_height (48 px at 100% text) tall,
// above the 44 px a touch target needs, so it is easy to hit on a phone.
#pragma once

#include <string>

#include <imgui.h>

#include "palette.h"

namespace capwalk::ui {

// The palette in use. Themes: "light", "dark", "high-contrast".
const Palette& palette();
void use_theme(const std::string& theme);

struct Metrics {
  float body_size = 18.0f;     // font sizes
  float title_size = 32.0f;
  float heading_size = 24.0f;
  float band_size = 20.0f;
  float column_max = 640.0f;   // comfortable reading width
  float margin_phone = 20.0f;  // side margins
  float margin_wide = 40.0f;
  float control_height = 48.0f;
  float gap = 16.0f;           // between blocks
};

// Sizes at the person's text size (100% to 200%).
const Metrics& metrics();
void use_text_scale(float scale);
float text_scale();

// Applies the palette and metrics to ImGui's style.
void apply_theme();

}  // namespace capwalk::ui
