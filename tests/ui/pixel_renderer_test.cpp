// The drawing path for browsers without WebGL (app/platform/pixel_renderer.h): shapes
// ImGui draws, drawn into memory, pixel by pixel as OpenGL would draw them.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

#include "app/platform/pixel_renderer.h"
#include "screen_harness.h"

using namespace capwalk;
using platform::PixelImage;

namespace {

constexpr std::uint32_t kWhite = IM_COL32(255, 255, 255, 255);

// An ImGui context of its own with ImGui's default font, one frame at a time: what the
// frame adds to the foreground draw list is drawn into an image.
class Canvas {
 public:
  Canvas(int width, int height, float density = 1) : width_(width), height_(height), density_(density) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->AddFontDefault();
    io.Fonts->Build();
    io.DisplaySize = ImVec2(static_cast<float>(width) / density, static_cast<float>(height) / density);
    io.DisplayFramebufferScale = ImVec2(density, density);
    io.IniFilename = nullptr;
  }
  ~Canvas() { ImGui::DestroyContext(context_); }

  template <typename Draw>
  PixelImage draw(Draw&& draw, bool antialiased = false) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetStyle().AntiAliasedFill = ImGui::GetStyle().AntiAliasedLines = antialiased;
    ImGui::NewFrame();
    draw(*ImGui::GetForegroundDrawList());
    ImGui::Render();
    PixelImage image;
    platform::draw_pixels(*ImGui::GetDrawData(), platform::font_texture(), kWhite, width_, height_, image);
    return image;
  }

 private:
  ImGuiContext* context_ = ImGui::CreateContext();
  int width_, height_;
  float density_;
};

std::uint32_t at(const PixelImage& image, int x, int y) {
  return image.pixels[static_cast<std::size_t>(y * image.width + x)];
}

int red(std::uint32_t c) { return static_cast<int>(c & 0xFF); }

}  // namespace

TEST_CASE("An upright filled box covers the pixels whose centres are inside it, and no others", "[pixels]") {
  Canvas canvas(40, 30);
  const PixelImage image = canvas.draw([](ImDrawList& d) { d.AddRectFilled({10, 5}, {20, 15}, IM_COL32(200, 0, 0, 255)); });
  REQUIRE(image.width == 40);
  REQUIRE(image.height == 30);
  CHECK(at(image, 10, 5) == IM_COL32(200, 0, 0, 255));
  CHECK(at(image, 19, 14) == IM_COL32(200, 0, 0, 255));
  CHECK(at(image, 20, 14) == kWhite);
  CHECK(at(image, 19, 15) == kWhite);
  CHECK(at(image, 9, 5) == kWhite);
  CHECK(std::count(image.pixels.begin(), image.pixels.end(), IM_COL32(200, 0, 0, 255)) == 100);
}

TEST_CASE("A see-through colour is blended over what is below by its alpha", "[pixels]") {
  Canvas canvas(20, 20);
  const PixelImage image = canvas.draw([](ImDrawList& d) { d.AddRectFilled({0, 0}, {10, 10}, IM_COL32(0, 0, 0, 128)); });
  // 255 × (1 − 128/255) = 127
  CHECK(std::abs(red(at(image, 5, 5)) - 127) <= 1);
  CHECK(at(image, 15, 15) == kWhite);
}

TEST_CASE("Triangles that share an edge never blend a pixel twice", "[pixels]") {
  Canvas canvas(40, 40);
  // A diamond: two triangles along a diagonal, drawn half see-through; every pixel is
  // either untouched or blended once.
  const PixelImage image = canvas.draw([](ImDrawList& d) {
    d.AddQuadFilled({20, 2}, {38, 20}, {20, 38}, {2, 20}, IM_COL32(0, 0, 0, 128));
    d.AddTriangleFilled({0, 0}, {10, 0}, {0, 10}, IM_COL32(0, 0, 0, 128));  // a square beside it, in two
    d.AddTriangleFilled({10, 0}, {10, 10}, {0, 10}, IM_COL32(0, 0, 0, 128));
  });
  int once = 0;
  for (std::uint32_t c : image.pixels) {
    CHECK((red(c) == 255 || std::abs(red(c) - 127) <= 1));
    once += red(c) != 255;
  }
  // The diamond's area is 2 × 18²; the square's 10².
  CHECK(std::abs(once - (2 * 18 * 18 + 10 * 10)) <= 40);
  CHECK(std::abs(red(at(image, 4, 5)) - 127) <= 1);  // on the square's diagonal
}

TEST_CASE("Nothing is drawn outside the clip rectangle", "[pixels]") {
  Canvas canvas(30, 30);
  const PixelImage image = canvas.draw([](ImDrawList& d) {
    d.PushClipRect({5, 5}, {15, 15});
    d.AddRectFilled({0, 0}, {30, 30}, IM_COL32(0, 0, 0, 255));
    d.AddCircleFilled({10, 10}, 12, IM_COL32(0, 0, 255, 255));
    d.PopClipRect();
  });
  CHECK(std::count_if(image.pixels.begin(), image.pixels.end(), [](std::uint32_t c) { return c != kWhite; }) == 100);
}

TEST_CASE("Text is drawn from the font atlas, and at twice the density twice as large", "[pixels]") {
  const auto dark_rows = [](const PixelImage& image) {
    int rows = 0;
    for (int y = 0; y < image.height; ++y) {
      bool dark = false;
      for (int x = 0; x < image.width; ++x) dark = dark || red(at(image, x, y)) < 128;
      rows += dark;
    }
    return rows;
  };
  Canvas single(120, 40), twice(240, 80, 2);
  const auto text = [](ImDrawList& d) { d.AddText({4, 4}, IM_COL32(0, 0, 0, 255), "Hello"); };
  const PixelImage one = single.draw(text), two = twice.draw(text);
  CHECK(dark_rows(one) >= 6);
  // The same atlas, sampled between texels at twice the size: about twice the rows.
  CHECK(std::abs(dark_rows(two) - 2 * dark_rows(one)) <= 3);
}

TEST_CASE("Edges drawn anti-aliased fade from the shape's colour to what is below", "[pixels]") {
  Canvas canvas(40, 40);
  const PixelImage image = canvas.draw([](ImDrawList& d) { d.AddCircleFilled({20, 20}, 15, IM_COL32(0, 0, 0, 255), 48); }, true);
  CHECK(at(image, 20, 20) == IM_COL32(0, 0, 0, 255));
  CHECK(at(image, 1, 1) == kWhite);
  const int grey = static_cast<int>(std::count_if(image.pixels.begin(), image.pixels.end(), [](std::uint32_t c) {
    return red(c) > 10 && red(c) < 245;
  }));
  CHECK(grey > 40);  // a ring of partly covered pixels around the circle
}

TEST_CASE("A whole screen drawn without a GPU has the screen's background and its words", "[pixels]") {
  testui::ScreenHarness app(testui::kDesktop);
  ImDrawData* data = ImGui::GetDrawData();
  REQUIRE(data);
  data->DisplayPos = ImVec2(0, 0);
  data->DisplaySize = ImVec2(1440, 900);
  PixelImage image;
  platform::draw_pixels(*data, platform::font_texture(), IM_COL32(250, 250, 250, 255), 1440, 900, image);
  const int dark = static_cast<int>(
      std::count_if(image.pixels.begin(), image.pixels.end(), [](std::uint32_t c) { return red(c) < 100; }));
  CHECK(dark > 2000);  // the heading and the words around it
  CHECK(dark < 1440 * 900 / 4);
}

TEST_CASE("A pixel centre on an edge is drawn when it is a top or left edge, as OpenGL does", "[pixels]") {
  Canvas canvas(20, 20);
  // Row 5's centres are at y = 5.5: on the first triangle's top edge and the second's
  // bottom edge; column 3's at x = 3.5, on the third's left edge and the fourth's right.
  const PixelImage image = canvas.draw([](ImDrawList& d) {
    d.AddTriangleFilled({0, 5.5f}, {10, 5.5f}, {0, 15.5f}, IM_COL32(0, 0, 0, 255));
    d.AddTriangleFilled({12, 0}, {19, 5.5f}, {12, 5.5f}, IM_COL32(0, 0, 0, 255));
  });
  CHECK(at(image, 1, 5) != kWhite);
  CHECK(at(image, 13, 5) == kWhite);
  CHECK(at(image, 13, 4) != kWhite);
  const PixelImage columns = canvas.draw([](ImDrawList& d) {
    d.AddTriangleFilled({3.5f, 0}, {3.5f, 10}, {10, 10}, IM_COL32(0, 0, 0, 255));
    d.AddTriangleFilled({3.5f, 11}, {3.5f, 19}, {0, 19}, IM_COL32(0, 0, 0, 255));
  });
  CHECK(at(columns, 3, 9) != kWhite);
  CHECK(at(columns, 3, 18) == kWhite);
  CHECK(at(columns, 2, 18) != kWhite);
}
