// drawing_path.h — how the page draws: with the device's graphics (WebGL 2, or WebGL 1
// on older tablets), or without them (pixel_renderer.h, where WebGL is missing or
// switched off). web/shell.js chooses once, before the app starts; Settings says which.
#pragma once

namespace capwalk::platform {

enum class DrawingPath { Unknown, WebGL2, WebGL1, Pixels };

}  // namespace capwalk::platform
