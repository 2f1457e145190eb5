#include "web_page.h"

#include <cmath>
#include <cstdlib>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "app/core/shipped_files.h"

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
EM_JS(void, capwalk_js_fetch_file, (const char* name), { window.capwalkShell.fetchFile(UTF8ToString(name)); });
EM_JS(void, capwalk_js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });
EM_JS(int, capwalk_js_drawing, (), {
  const drawing = window.capwalkShell.drawing;
  return drawing === 'webgl2' ? 2 : drawing === 'webgl' ? 1 : 0;
});
// One ImageData over the module's memory each frame (memory can grow between frames,
// which replaces the buffer); the canvas copies it.
EM_JS(void, capwalk_js_show_pixels, (const void* pixels, int width, int height), {
  const canvas = Module['canvas'];
  canvas.capwalkPixels = canvas.capwalkPixels || canvas.getContext('2d', { alpha: false });
  canvas.capwalkPixels.putImageData(new ImageData(new Uint8ClampedArray(HEAPU8.buffer, pixels, width * height * 4), width, height), 0, 0);
});
EM_JS(int, capwalk_js_asset_count, (), { return window.capwalkShell.assetOrder.length; });
EM_JS(int, capwalk_js_asset_name_size, (int index), {
  return lengthBytesUTF8(window.capwalkShell.assetOrder[index]) + 1;
});
EM_JS(void, capwalk_js_asset_name, (int index, char* into, int size), {
  stringToUTF8(window.capwalkShell.assetOrder[index], into, size);
});
EM_JS(void, capwalk_js_pick_file, (const char* accept), { window.capwalkShell.pickFile(UTF8ToString(accept)); });
EM_JS(void, capwalk_js_warn, (const char* text), { console.warn(UTF8ToString(text)); });
EM_JS(void, capwalk_js_print, (const char* html), { window.capwalkShell.print(UTF8ToString(html)); });
EM_JS(void, capwalk_js_theme, (const char* theme), {
  document.documentElement.dataset.theme = UTF8ToString(theme);
});
EM_JS(char*, capwalk_js_page_url, (), {
  const url = location.href.split('#')[0];
  const size = lengthBytesUTF8(url) + 1;
  const ptr = _malloc(size);
  stringToUTF8(url, ptr, size);
  return ptr;
});
EM_JS(void, capwalk_js_copy, (const char* text), { window.capwalkShell.copy(UTF8ToString(text)); });
// A mailto: address opens the person's email program in place; anything else opens in a
// new tab that cannot reach back into this one.
EM_JS(void, capwalk_js_open_link, (const char* href), {
  const url = UTF8ToString(href);
  if (url.startsWith('mailto:')) window.location.href = url;
  else window.open(url, '_blank', 'noopener');
});
EM_JS(int, capwalk_js_can_share, (), { return navigator.share ? 1 : 0; });
EM_JS(void, capwalk_js_share, (const char* title, const char* url), {
  navigator.share({ title: UTF8ToString(title), url: UTF8ToString(url) }).catch(() => {});
});
// The text is decoded keeping a leading byte order mark (UTF8ToString drops it): the
// CSV exports start with one so Excel reads them as UTF-8 (core/csv.h).
EM_JS(void, capwalk_js_download, (const char* name, const char* mime, const char* text, size_t size), {
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.slice(text, text + size));
  window.capwalkShell.download(UTF8ToString(name), UTF8ToString(mime), decoded);
});
EM_JS(int, capwalk_js_kiosk_requested, (), { return new URLSearchParams(location.search).has('kiosk') ? 1 : 0; });
EM_JS(void, capwalk_js_kiosk_watch, (int idle, int warn), { window.capwalkShell.kiosk.watch(idle, warn); });
EM_JS(void, capwalk_js_kiosk_reset, (), { window.capwalkShell.kiosk.stillHere(); });
EM_JS(void, capwalk_js_kiosk_restart, (int stay), { window.capwalkShell.kiosk.restart(stay !== 0); });
EM_JS(void, capwalk_js_clear_session, (), { try { sessionStorage.clear(); } catch (e) {} });
EM_JS(int, capwalk_js_update_ready, (), { return window.capwalkShell.updateReady ? 1 : 0; });
EM_JS(void, capwalk_js_apply_update, (), { window.capwalkShell.applyUpdate(); });
EM_JS(void, capwalk_js_text_scale, (double scale), {
  document.documentElement.style.setProperty('--text-scale', String(scale));
});
EM_JS(int, capwalk_js_media, (const char* query), {
  return window.matchMedia && window.matchMedia(UTF8ToString(query)).matches ? 1 : 0;
});
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

CanvasPixels canvas_pixels(const PageGeometry& page) {
  return {static_cast<int>(std::lround(page.width * page.pixel_ratio)),
          static_cast<int>(std::lround(page.height * page.pixel_ratio))};
}

void size_canvas(const PageGeometry& page) {
  const CanvasPixels wanted = canvas_pixels(page);
  CanvasPixels now;
  emscripten_get_canvas_element_size("#canvas", &now.width, &now.height);
  if (now.width != wanted.width || now.height != wanted.height)
    emscripten_set_canvas_element_size("#canvas", wanted.width, wanted.height);
}

std::vector<unsigned char> fetched_asset(const std::string& name) {
  std::vector<unsigned char> bytes(static_cast<size_t>(capwalk_js_asset_size(name.c_str())));
  if (!bytes.empty()) capwalk_js_asset_copy(name.c_str(), bytes.data());
  return bytes;
}

void first_frame_drawn() { capwalk_js_first_frame(); }
void mark(const char* name) { capwalk_js_mark(name); }

std::vector<std::string> fetched_asset_names(const std::string& prefix) {
  std::vector<std::string> names;
  const int n = capwalk_js_asset_count();
  for (int i = 0; i < n; ++i) {
    std::string name(static_cast<size_t>(capwalk_js_asset_name_size(i)), '\0');
    capwalk_js_asset_name(i, name.data(), static_cast<int>(name.size()));
    name.pop_back();  // the terminating zero
    if (name.rfind(prefix, 0) == 0) names.push_back(std::move(name));
  }
  return names;
}

void pick_file(const char* accept) { capwalk_js_pick_file(accept); }

void log_warning(const std::string& text) { capwalk_js_warn(text.c_str()); }

void print_html(const std::string& html) { capwalk_js_print(html.c_str()); }

void set_page_theme(const std::string& theme) { capwalk_js_theme(theme.c_str()); }

void set_page_text_scale(float scale) { capwalk_js_text_scale(scale); }

bool kiosk_requested() { return capwalk_js_kiosk_requested() != 0; }
void kiosk_watch_idle(int idle_seconds, int warning_seconds) { capwalk_js_kiosk_watch(idle_seconds, warning_seconds); }
void kiosk_reset_idle() { capwalk_js_kiosk_reset(); }
void kiosk_restart(bool stay_kiosk) { capwalk_js_kiosk_restart(stay_kiosk ? 1 : 0); }
void kiosk_clear_session_storage() { capwalk_js_clear_session(); }

bool update_ready() { return capwalk_js_update_ready() != 0; }

void apply_update() { capwalk_js_apply_update(); }

std::string page_url() {
  char* url = capwalk_js_page_url();
  std::string out(url);
  free(url);
  return out;
}

void copy_to_clipboard(const std::string& text) { capwalk_js_copy(text.c_str()); }

void open_link(const std::string& url) { capwalk_js_open_link(url.c_str()); }

bool can_share() { return capwalk_js_can_share() != 0; }

void share_link_natively(const std::string& title, const std::string& url) {
  capwalk_js_share(title.c_str(), url.c_str());
}

void download(const std::string& file_name, const std::string& mime, const std::string& text) {
  capwalk_js_download(file_name.c_str(), mime.c_str(), text.data(), text.size());
}

bool device_prefers_dark() { return capwalk_js_media("(prefers-color-scheme: dark)") != 0; }

bool device_prefers_contrast() { return capwalk_js_media("(prefers-contrast: more)") != 0; }

void report_failure(const char* kind) { capwalk_js_fail(kind); }

platform::DrawingPath page_drawing_path() {
  switch (capwalk_js_drawing()) {
    case 2: return platform::DrawingPath::WebGL2;
    case 1: return platform::DrawingPath::WebGL1;
    default: return platform::DrawingPath::Pixels;
  }
}

void show_pixels(const std::uint32_t* pixels, int width, int height) { capwalk_js_show_pixels(pixels, width, height); }

void WebAccessibilityMirror::publish(const platform::MirrorSnapshot& snapshot) {
  capwalk_js_publish_mirror(platform::to_json(snapshot).c_str());
}

bool read_shipped_index_file(AppState& state) {
  const std::vector<unsigned char> bytes = fetched_asset(kShippedIndexFile);
  std::vector<Problem> problems;
  ShippedIndex index = read_shipped_index(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), problems);
  for (const Problem& p : problems) log_warning(std::string(kShippedIndexFile) + ": " + to_string(p));
  if (has_errors(problems)) return false;
  state.library.set_shipped_index(std::move(index));
  return true;
}

void fetch_shipped_file(const std::string& file) { capwalk_js_fetch_file((kShippedFolder + file).c_str()); }

void keep_organisation_file(AppState& state) {
  if (fetched_asset_names(kOrganisationFile).empty()) return;
  const std::vector<unsigned char> bytes = fetched_asset(kOrganisationFile);
  state.shipped.organisation_text.assign(bytes.begin(), bytes.end());
  state.shipped.organisation_waiting = true;
}

}  // namespace capwalk::web
