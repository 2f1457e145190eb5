// web_renderer.h — ImGui's draw lists onto the canvas with WebGL 2 (web build only).
//
// ImGui lays out the whole page (widgets.h); the canvas is the size of the viewport,
// so each frame shows the slice the browser has scrolled to, at the device's pixel
// ratio so nothing is blurry after zooming or rotating.
#pragma once

#include <cstdint>

#include "web_page.h"

namespace capwalk::web {

// After ImGui's context exists.
void init_renderer();
// Before ImGui::NewFrame().
void begin_render_frame();
// After the font atlas was built again: uploads it.
void upload_fonts();
// Draws ImGui's frame: the visible slice of the page over `background` (ImGui colour).
void render(const PageGeometry& page, std::uint32_t background);

}  // namespace capwalk::web
