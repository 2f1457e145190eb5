// pixel_renderer.h — ImGui's draw lists drawn into memory, for browsers without WebGL.
//
// NHS and council virtual desktops often have no GPU, and browsers there (or a policy)
// switch WebGL off. The web runner then draws each frame here and shows the pixels on a
// 2D canvas (platform/web/web_renderer.h): the same screens, the same DOM mirror, one
// UI. It draws what ImGui's OpenGL backend draws, the same way: triangles with a colour
// at each corner, blended over what is below (source alpha), the font atlas sampled
// between texels (bilinear, as GL_LINEAR), pixel centres inside a triangle covered
// (top-left rule on edges, so touching triangles never blend twice), clip rectangles
// in framebuffer pixels. A quad of two triangles that is an upright rectangle with one
// colour (every glyph, every filled box) is filled row by row without edge tests:
// most of a frame's area, at a fraction of the cost.
//
// Only one texture exists in capwalk: the font atlas, RGBA (ImFontAtlas::
// GetTexDataAsRGBA32); every draw command samples it. Pixels are RGBA bytes in memory
// order, as a canvas's ImageData holds them and as IM_COL32 packs a colour.
//
//   PixelImage image;
//   draw_pixels(*ImGui::GetDrawData(), font_texture(), background, 1280, 800, image);
//   // image.pixels: 1280 × 800, opaque
#pragma once

#include <cstdint>
#include <vector>

struct ImDrawData;

namespace capwalk::platform {

struct PixelTexture {
  int width = 0, height = 0;
  const std::uint32_t* pixels = nullptr;  // RGBA, row by row
};

struct PixelImage {
  int width = 0, height = 0;
  std::vector<std::uint32_t> pixels;  // RGBA, row by row; alpha always 255
};

// The font atlas as ImGui built it (its RGBA32 pixels; ImGui keeps them).
PixelTexture font_texture();

// Draws `data` (its DisplayPos and FramebufferScale say which part, at what density)
// over `background` (an ImGui colour), into `image`, resized to width × height.
void draw_pixels(const ImDrawData& data, const PixelTexture& texture, std::uint32_t background, int width, int height,
                 PixelImage& image);

}  // namespace capwalk::platform
