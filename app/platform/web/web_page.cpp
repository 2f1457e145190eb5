#include "web_page.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace capwalk::web {

// clang-format off
EM_JS(double, capwalk_js_scroll_y, (), { return window.scrollY || 0; });
EM_JS(int, capwalk_js_asset_size, (const char* name), {
  const bytes = window.capwalkShell.assets[UTF8ToString(name)];
  return bytes ? bytes.length : 0;
});
EM_JS(void, capwalk_js_asset_copy, (const char* name, unsigned char* into), {
  HEAPU8.set(window.capwalkShell.assets[UTF8ToString(name)], into);
});
EM_JS(void, capwalk_js_first_frame, (), { window.capwalkShell.firstFrame(); });
EM_JS(void, capwalk_js_fail, (const char* kind), { window.capwalkShell.fail(UTF8ToString(kind)); });
EM_JS(void, capwalk_js_publish_mirror, (const char* json), {
  window.capwalkShell.updateMirror(UTF8ToString(json));
});
// clang-format on

PageGeometry read_page_geometry() {
  PageGeometry g;
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  g.width = static_cast<float>(w);
  g.height = static_cast<float>(h);
  g.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  g.scroll_y = static_cast<float>(capwalk_js_scroll_y());
  return g;
}

void set_canvas_pixels(int width, int height) {
  emscripten_set_canvas_element_size("#canvas", width, height);
}

std::vector<unsigned char> fetched_asset(const std::string& name) {
  std::vector<unsigned char> bytes(static_cast<size_t>(capwalk_js_asset_size(name.c_str())));
  if (!bytes.empty()) capwalk_js_asset_copy(name.c_str(), bytes.data());
  return bytes;
}

void first_frame_drawn() { capwalk_js_first_frame(); }

void report_failure(const char* kind) { capwalk_js_fail(kind); }

void WebAccessibilityMirror::publish(const platform::MirrorSnapshot& snapshot) {
  capwalk_js_publish_mirror(platform::to_json(snapshot).c_str());
}

}  // namespace capwalk::web
