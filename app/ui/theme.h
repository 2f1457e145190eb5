// theme.h — colours and sizes, in one place.
//
// Colours are chosen for contrast first: body text on the page is above 15:1 and
// white text on the primary button above 5.5:1 (WCAG AA asks 4.5:1). Sizes are CSS
// pixels; every control is at least 44 px tall so it is easy to hit on a phone.
#pragma once

#include <string>

#include <imgui.h>

namespace capwalk::ui {

struct Palette {
  ImU32 page;            // page background
  ImU32 band;            // the product band at the top
  ImU32 band_text;
  ImU32 text;
  ImU32 text_secondary;  // still >= 7:1 on the page
  ImU32 primary;         // main action
  ImU32 primary_hover;
  ImU32 primary_active;
  ImU32 primary_text;
  ImU32 secondary;       // other actions
  ImU32 secondary_hover;
  ImU32 secondary_active;
  ImU32 secondary_text;
  ImU32 secondary_border;
  ImU32 focus;           // keyboard focus ring
  ImU32 card_border;     // >= 3:1 against the page (WCAG non-text contrast)
  ImU32 card_hover;
  ImU32 card_selected;   // background of the chosen option
  ImU32 status_bar;      // the bar beside a status message
  ImU32 status_bg;
};

// The palette in use. Themes: "light", "dark", "high-contrast".
const Palette& palette();
void use_theme(const std::string& theme);
// Contrast ratio of two colours (WCAG 2), for checks.
float contrast_ratio(ImU32 a, ImU32 b);

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
