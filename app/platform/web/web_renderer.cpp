#include "web_renderer.h"

#include <SDL_opengles2.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace capwalk::web {

void init_renderer() { ImGui_ImplOpenGL3_Init("#version 300 es"); }

void begin_render_frame() { ImGui_ImplOpenGL3_NewFrame(); }

void upload_fonts() {
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
  glViewport(0, 0, pixels.width, pixels.height);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

}  // namespace capwalk::web
