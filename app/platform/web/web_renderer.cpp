#include "web_renderer.h"

#include <cmath>

#include <SDL_opengles2.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace capwalk::web {

namespace {
int canvas_w = 0, canvas_h = 0;  // the canvas backing store, device pixels
}  // namespace

void init_renderer() { ImGui_ImplOpenGL3_Init("#version 300 es"); }

void begin_render_frame() { ImGui_ImplOpenGL3_NewFrame(); }

void upload_fonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void render(const PageGeometry& page, std::uint32_t background) {
  // The backing store follows CSS size × pixel ratio.
  const int w = static_cast<int>(std::lround(page.width * page.pixel_ratio));
  const int h = static_cast<int>(std::lround(page.height * page.pixel_ratio));
  if (w != canvas_w || h != canvas_h) {
    canvas_w = w;
    canvas_h = h;
    set_canvas_pixels(w, h);
  }
  ImGui::Render();
  ImDrawData* draw_data = ImGui::GetDrawData();
  draw_data->DisplayPos = ImVec2(0, page.scroll_y);
  draw_data->DisplaySize = ImVec2(page.width, page.height);
  glViewport(0, 0, canvas_w, canvas_h);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

}  // namespace capwalk::web
