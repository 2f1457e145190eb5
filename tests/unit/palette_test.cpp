// Every theme meets WCAG 2.2 AA contrast for what is drawn with it: text 4.5:1 on
// each background it is drawn on (1.4.3), and the edges of controls, the focus
// indicator and chart segments 3:1 against the page (1.4.11).
#include <catch2/catch.hpp>

#include <string>

#include "app/ui/palette.h"

using capwalk::ui::Colour;
using capwalk::ui::contrast_ratio;
using capwalk::ui::Palette;
using capwalk::ui::palette_for;
using capwalk::ui::rgb;

namespace {

constexpr float kText = 4.5f;
constexpr float kNonText = 3.0f;

void check(const char* what, Colour fg, Colour bg, float at_least) {
  INFO(what << ": " << contrast_ratio(fg, bg) << ":1, needs " << at_least << ":1");
  CHECK(contrast_ratio(fg, bg) >= at_least);
}

}  // namespace

TEST_CASE("contrast ratio follows the WCAG formula", "[palette]") {
  CHECK(contrast_ratio(rgb(0x000000), rgb(0xFFFFFF)) == Approx(21.0f));
  CHECK(contrast_ratio(rgb(0xFFFFFF), rgb(0xFFFFFF)) == Approx(1.0f));
  CHECK(contrast_ratio(rgb(0x767676), rgb(0xFFFFFF)) == Approx(4.54f).margin(0.01f));
  CHECK(contrast_ratio(rgb(0xFFFFFF), rgb(0x767676)) == contrast_ratio(rgb(0x767676), rgb(0xFFFFFF)));
}

TEST_CASE("every theme's colours meet WCAG 2.2 AA contrast", "[palette]") {
  const std::string theme = GENERATE(std::string("light"), std::string("dark"), std::string("high-contrast"));
  INFO("theme " << theme);
  const Palette& p = palette_for(theme);

  SECTION("text on every background it is drawn on") {
    for (Colour bg : {p.page, p.card_hover, p.card_selected, p.secondary, p.status_bg}) {
      check("text", p.text, bg, kText);
      check("secondary text", p.text_secondary, bg, kText);
    }
    check("link", p.link, p.page, kText);  // underlined, so not told apart by colour alone
    check("band text", p.band_text, p.band, kText);
    for (Colour bg : {p.primary, p.primary_hover, p.primary_active})
      check("primary button text", p.primary_text, bg, kText);
    for (Colour bg : {p.secondary, p.secondary_hover, p.secondary_active})
      check("secondary button text", p.secondary_text, bg, kText);
  }

  SECTION("edges of controls, the focus indicator and chart segments") {
    check("card, radio and field outline", p.card_border, p.page, kNonText);
    check("secondary button outline", p.secondary_border, p.page, kNonText);
    check("primary button", p.primary, p.page, kNonText);
    check("status bar", p.status_bar, p.page, kNonText);
    // Two rings: one of them stands out from the page, and they from each other,
    // so the indicator shows on the page and on any button colour.
    CHECK(std::max(contrast_ratio(p.focus, p.page), contrast_ratio(p.focus_inner, p.page)) >= kNonText);
    check("focus rings", p.focus, p.focus_inner, kNonText);
    for (Colour segment : {p.rating_not_yet, p.rating_developing, p.rating_confident,
                           p.rating_support_others, p.rating_other})
      check("chart segment", segment, p.page, kNonText);
  }
}

TEST_CASE("an unknown theme name falls back to light", "[palette]") {
  CHECK(&palette_for("sepia") == &palette_for("light"));
}
