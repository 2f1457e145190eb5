// palette.h — the colours of each theme, as plain data.
//
// Kept apart from ImGui so the native unit tests can check every colour pair a
// person reads or has to see (tests/unit/palette_test.cpp): text at least 4.5:1 on
// its background, borders, focus rings and chart segments at least 3:1 on the page
// (WCAG 2.2, 1.4.3 and 1.4.11).
#pragma once

#include <cstdint>
#include <string_view>

namespace capwalk::ui {

// Colours are packed as ImGui packs them (ABGR, alpha in the top byte), so they can
// be handed to ImGui's draw lists as they are.
using Colour = std::uint32_t;

constexpr Colour rgb(std::uint32_t hex) {
  return 0xFF000000u | ((hex & 0xFFu) << 16) | (hex & 0xFF00u) | ((hex >> 16) & 0xFFu);
}

struct Palette {
  Colour page;            // page background
  Colour band;            // the product band at the top
  Colour band_text;
  Colour text;
  Colour text_secondary;  // notes and descriptions
  Colour link;            // a link's text and underline, on the page
  Colour primary;         // main action
  Colour primary_hover;
  Colour primary_active;
  Colour primary_text;
  Colour secondary;       // other actions
  Colour secondary_hover;
  Colour secondary_active;
  Colour secondary_text;
  Colour secondary_border;
  Colour focus;           // outer ring of the keyboard focus indicator
  Colour focus_inner;     // inner ring, so the indicator shows on any colour
  Colour card_border;     // outline of cards, radio circles, check boxes and fields
  Colour card_hover;
  Colour card_selected;   // background of the chosen option
  Colour status_bar;      // the bar beside a status message
  Colour status_bg;
  // Chart segments, one per rating: not yet, developing, confident, could support
  // others, and the rest (not had the opportunity, not sure).
  Colour rating_not_yet;
  Colour rating_developing;
  Colour rating_confident;
  Colour rating_support_others;
  Colour rating_other;
};

// Themes: "light", "dark", "high-contrast"; anything else is light.
const Palette& palette_for(std::string_view theme);

// Contrast ratio of two colours, as WCAG 2 defines it (1 to 21).
float contrast_ratio(Colour a, Colour b);

}  // namespace capwalk::ui
