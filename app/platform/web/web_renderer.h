// web_renderer.h — ImGui's draw lists onto the canvas (web build only): with WebGL 2 or
// WebGL 1 through ImGui's OpenGL backend, or, where the browser has no WebGL, drawn into
// memory (platform/pixel_renderer.h) and put on the canvas's 2D context.
//
// ImGui lays out the whole page (widgets.h); the canvas is the size of the viewport,
// so each frame shows the slice the browser has scrolled to, at the device's pixel
// ratio so nothing is blurry after zooming or rotating.
#pragma once

#include <cstdint>

#include "app/platform/drawing_path.h"
#include "web_page.h"

namespace capwalk::web {

// After ImGui's context exists, with the runner's drawing path (web_runner.h).
void init_renderer(platform::DrawingPath path);
// Before ImGui::NewFrame().
void begin_render_frame();
// After the font atlas was built again: uploads it.
void upload_fonts();
// Draws ImGui's frame: the visible slice of the page over `background` (ImGui colour).
void render(const PageGeometry& page, std::uint32_t background);

}  // namespace capwalk::web
