// fonts.h — the UI typefaces, rasterised for the screen's pixel density.
//
// Text is laid out in CSS pixels but rasterised at CSS size × devicePixelRatio
// (ImFontConfig::RasterizerDensity), so it is crisp on phones and HiDPI screens.
// When the density changes (browser zoom, moving to another screen) the atlas is
// built again.
#pragma once

#include <vector>

struct ImFont;

namespace capwalk::ui {

struct FontFiles {
  std::vector<unsigned char> regular;   // Inter Regular, subset (see scripts/subset-fonts and assets/glyphs.txt)
  std::vector<unsigned char> semibold;  // Inter SemiBold, subset
};

// The characters rasterised: all the app writes (assets/glyphs.txt), or only printable
// ASCII, a third of them, for a first frame known to need no more
// (first_screen_draws_only_ascii() in app_screens.h).
enum class FontGlyphs { All, Ascii };

struct Fonts {
  ImFont* body = nullptr;
  ImFont* body_strong = nullptr;
  ImFont* title = nullptr;
  ImFont* heading = nullptr;
  ImFont* band = nullptr;
  float density = 0;  // the pixel ratio they were rasterised for
  FontGlyphs glyphs = FontGlyphs::All;
};

// (Re)builds the ImGui font atlas. Returns false if the font data is unusable, in
// which case ImGui's built-in font is used so the app still works.
bool build_fonts(const FontFiles& files, float density, Fonts& out, FontGlyphs glyphs = FontGlyphs::All);

// The fonts in use; set by build_fonts.
const Fonts& fonts();

}  // namespace capwalk::ui
