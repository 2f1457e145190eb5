#include "fonts.h"

#include <imgui.h>

#include "theme.h"

namespace capwalk::ui {

namespace {

Fonts g_fonts;

// The characters the app writes: Latin-1 plus the typographic punctuation of
// written English (curly quotes, dashes, bullet, ellipsis) and a few symbols, as
// listed in assets/glyphs.txt, which the font subset is made from too.
const ImWchar kGlyphRanges[] = {
#include "glyph_ranges.inc"
    0,
};

const ImWchar kAsciiRanges[] = {0x0020, 0x007E, 0};

// The product band only ever says "capwalk".
const ImWchar kBandRanges[] = {0x0061, 0x007A, 0};

ImFont* add(const std::vector<unsigned char>& data, float size, float density,
            const ImWchar* ranges = kGlyphRanges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // FontFiles keeps the bytes alive
  cfg.RasterizerDensity = density;
  // The atlas is already rasterised at the screen's pixel density, so horizontal
  // oversampling would only double the start-up work.
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()),
                                                    static_cast<int>(data.size()), size, &cfg,
                                                    ranges);
}

}  // namespace

bool build_fonts(const FontFiles& files, float density, Fonts& out, FontGlyphs glyphs) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  out = Fonts{};
  out.density = density;
  out.glyphs = glyphs;
  const Metrics& m = metrics();
  const ImWchar* ranges = glyphs == FontGlyphs::Ascii ? kAsciiRanges : kGlyphRanges;
  if (!files.regular.empty() && !files.semibold.empty()) {
    out.body = add(files.regular, m.body_size, density, ranges);
    out.body_strong = add(files.semibold, m.body_size, density, ranges);
    out.title = add(files.semibold, m.title_size, density, ranges);
    out.heading = add(files.semibold, m.heading_size, density, ranges);
    out.band = add(files.semibold, m.band_size, density, kBandRanges);
  }
  bool ok = out.body && out.body_strong && out.title && out.heading && out.band && atlas->Build();
  if (!ok) {
    atlas->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * density;
    ImFont* fallback = atlas->AddFontDefault(&cfg);
    fallback->Scale = 1.0f / density;
    out = Fonts{fallback, fallback, fallback, fallback, fallback, density, glyphs};
    atlas->Build();
  }
  g_fonts = out;
  return ok;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace capwalk::ui
