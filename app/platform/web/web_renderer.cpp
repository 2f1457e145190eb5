#include "web_renderer.h"

#include <SDL_opengles2.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app/platform/pixel_renderer.h"

namespace capwalk::web {

namespace {

bool with_gl = true;
platform::PixelImage image;  // the pixel path's frame, kept so each frame reuses its memory

}  // namespace

// The same shaders as ever on WebGL 2; WebGL 1's shading language is the older one.
// (cmake/web.cmake builds the backend for OpenGL ES 2, which both run.)
void init_renderer(platform::DrawingPath path) {
  with_gl = path != platform::DrawingPath::Pixels;
  if (with_gl) ImGui_ImplOpenGL3_Init(path == platform::DrawingPath::WebGL2 ? "#version 300 es" : "#version 100");
}

void begin_render_frame() {
  if (with_gl) ImGui_ImplOpenGL3_NewFrame();
}

void upload_fonts() {
  if (!with_gl) return;  // the pixel path reads the atlas as it draws
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void render(const PageGeometry& page, std::uint32_t background) {
  size_canvas(page);  // it follows CSS size × pixel ratio
  ImGui::Render();
  ImDrawData* draw_data = ImGui::GetDrawData();
  draw_data->DisplayPos = ImVec2(0, page.scroll_y);
  draw_data->DisplaySize = ImVec2(page.width, page.height);
  const CanvasPixels pixels = canvas_pixels(page);
  if (!with_gl) {
    platform::draw_pixels(*draw_data, platform::font_texture(), background, pixels.width, pixels.height, image);
    show_pixels(image.pixels.data(), image.width, image.height);
    return;
  }
  glViewport(0, 0, pixels.width, pixels.height);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

}  // namespace capwalk::web
