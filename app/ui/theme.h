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
  // Spacing steps. ImGui leaves gap_medium after every item, so gap(x) between two
  // items leaves x + gap_medium.
  float gap_tight = 4.0f;      // before a section's heading, between list entries, under a label
  float gap_small = 8.0f;      // before and between buttons, after a message
  float gap_medium = 12.0f;    // between any two items; before the buttons that leave a page
  float gap = 16.0f;           // between blocks, inside cards (twice this under the band and at the end)
  // The insides of the widgets.
  float gap_label = 14.0f;     // between a radio circle or a checkbox and its label; inside a message
  float pad_button = 20.0f;    // either side of a button's label (above and below: gap_medium)
  float pad_checkbox = 10.0f;  // above and below a checkbox's label
  float pad_link = 10.0f;      // above and below a link's text (its target: control_height at least)
  float marker = 22.0f;        // a radio circle, a bullet's indent, a card's chevron
  float checkbox = 28.0f;      // a checkbox's box
  float button_min_width = 160.0f;
  float band_height = 64.0f;   // the product band
  float bar_height = 10.0f;    // the progress bar
  float chart_height = 18.0f;  // an area's bar on the results
  float cell = 44.0f;          // a team heat-map cell: one or two letters
  float link_height = 80.0f;   // the field showing a link
  float text_area_height = 120.0f;  // a multi-line field, or a long link's
  // Not growing with the text:
  float qr_size = 280.0f;      // a camera reads it, and 280 fits a phone's column at any text size
  float narrow_below = 600.0f; // a viewport narrower than this is a phone's: it is about the screen
  // Line widths and corner radii are drawn as they are, thin at any text size like
  // CSS borders (the text field's 2 px frame is the DOM field's border over it).
};

// Sizes at the person's text size (100% to 200%): all but the side margins and those
// marked as not growing are the sizes above times the text scale.
const Metrics& metrics();
void use_text_scale(float scale);
float text_scale();

// Applies the palette and metrics to ImGui's style.
void apply_theme();

}  // namespace capwalk::ui
