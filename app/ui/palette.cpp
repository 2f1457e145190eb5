#include "palette.h"

#include <algorithm>
#include <cmath>

namespace capwalk::ui {

namespace {

// Light: GOV.UK-like colours; body text about 19:1, white on the green button 6.4:1,
// links 5.2:1.
constexpr Palette kLight = {
    /*page*/ rgb(0xFFFFFF),
    /*band*/ rgb(0x12355B),
    /*band_text*/ rgb(0xFFFFFF),
    /*text*/ rgb(0x0B0C0C),
    /*text_secondary*/ rgb(0x4A4F55),
    /*link*/ rgb(0x1D70B8),
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
    /*focus_inner*/ rgb(0x0B0C0C),
    /*card_border*/ rgb(0x6F777B),
    /*card_hover*/ rgb(0xF3F2F1),
    /*card_selected*/ rgb(0xE7F2EB),
    /*status_bar*/ rgb(0x00703C),
    /*status_bg*/ rgb(0xEEF6F1),
    /*rating_not_yet*/ rgb(0xB5351C),
    /*rating_developing*/ rgb(0xA86500),
    /*rating_confident*/ rgb(0x00703C),
    /*rating_support_others*/ rgb(0x12355B),
    /*rating_other*/ rgb(0x6F777B),
};

const Palette kDark = {
    /*page*/ rgb(0x1B1D1F),
    /*band*/ rgb(0x0E2A47),
    /*band_text*/ rgb(0xFFFFFF),
    /*text*/ rgb(0xF3F4F5),
    /*text_secondary*/ rgb(0xC2C7CC),
    /*link*/ rgb(0x8AB8F0),
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
    /*focus_inner*/ rgb(0x0B0C0C),
    /*card_border*/ rgb(0x8E959B),
    /*card_hover*/ rgb(0x25282B),
    /*card_selected*/ rgb(0x15352A),
    /*status_bar*/ rgb(0x3DBE7A),
    /*status_bg*/ rgb(0x16281F),
    /*rating_not_yet*/ rgb(0xF08A6C),
    /*rating_developing*/ rgb(0xF2B84B),
    /*rating_confident*/ rgb(0x3DBE7A),
    /*rating_support_others*/ rgb(0x7FB2E5),
    /*rating_other*/ rgb(0x8E959B),
};

const Palette kHighContrast = {
    /*page*/ rgb(0x000000),
    /*band*/ rgb(0x000000),
    /*band_text*/ rgb(0xFFFF00),
    /*text*/ rgb(0xFFFFFF),
    /*text_secondary*/ rgb(0xFFFFFF),
    /*link*/ rgb(0xFFFF00),
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
    /*focus_inner*/ rgb(0x000000),
    /*card_border*/ rgb(0xFFFFFF),
    /*card_hover*/ rgb(0x333333),
    /*card_selected*/ rgb(0x000000),
    /*status_bar*/ rgb(0xFFFF00),
    /*status_bg*/ rgb(0x000000),
    /*rating_not_yet*/ rgb(0xFF8C69),
    /*rating_developing*/ rgb(0xFFFF00),
    /*rating_confident*/ rgb(0x00FF7F),
    /*rating_support_others*/ rgb(0x00FFFF),
    /*rating_other*/ rgb(0xFFFFFF),
};

float linear(Colour channel) {
  const float c = static_cast<float>(channel & 0xFFu) / 255.0f;
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(Colour c) {
  return 0.2126f * linear(c) + 0.7152f * linear(c >> 8) + 0.0722f * linear(c >> 16);
}

}  // namespace

const Palette& palette_for(std::string_view theme) {
  if (theme == "dark") return kDark;
  if (theme == "high-contrast") return kHighContrast;
  return kLight;
}

float contrast_ratio(Colour a, Colour b) {
  const float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

}  // namespace capwalk::ui
