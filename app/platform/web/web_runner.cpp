#include "web_runner.h"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/emmalloc.h>
#include <emscripten/heap.h>
#include <emscripten/html5_webgl.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>

#include "web_page.h"

namespace capwalk::web {

namespace {

struct Runner {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  platform::DrawingPath drawing = platform::DrawingPath::Unknown;
  RunnerCallbacks callbacks;
  platform::FrameScheduler scheduler;
  bool running = false;
  bool paused = false;
  bool first_frame_done = false;
  unsigned frames_drawn = 0;  // for scripts/bench: how many, and the time they took
  double frame_ms_total = 0;
};

Runner& runner() {
  static Runner r;
  return r;
}

void draw_one_frame() {
  Runner& r = runner();
  const double started = emscripten_get_now();
  ImGui_ImplSDL2_NewFrame();
  const bool busy = r.callbacks.draw_frame && r.callbacks.draw_frame();
  r.scheduler.frame_drawn(busy);
  ++r.frames_drawn;
  r.frame_ms_total += emscripten_get_now() - started;
  if (!r.first_frame_done) {
    r.first_frame_done = true;
    if (r.callbacks.first_frame_drawn) r.callbacks.first_frame_drawn();
  }
}

void main_loop() {
  Runner& r = runner();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    r.scheduler.wake();
  }
  if (!r.scheduler.should_draw()) {
    r.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  draw_one_frame();
}

}  // namespace

bool open_window() {
  Runner& r = runner();
  r.drawing = page_drawing_path();
  const bool gl = r.drawing != platform::DrawingPath::Pixels;
  // Keys go to the page's own elements (the mirror, text fields), not to SDL.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return false;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  // OpenGL ES 3 is WebGL 2; ES 2 is WebGL 1.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, r.drawing == platform::DrawingPath::WebGL2 ? 3 : 2);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  // Made at the size the first frame draws at (size_canvas), so that frame does not
  // resize the canvas again.
  const CanvasPixels pixels = canvas_pixels(read_page_geometry());
  r.window = SDL_CreateWindow("capwalk", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                              std::max(pixels.width, 1), std::max(pixels.height, 1), gl ? SDL_WINDOW_OPENGL : 0);
  if (!r.window) return false;
  if (!gl) return true;  // drawn into memory (web_renderer.h)
  r.gl = SDL_GL_CreateContext(r.window);
  // ImGui's renderer keeps its vertex layout in a vertex array object: in WebGL 1 an
  // extension every WebGL 1 browser has, which Emscripten turns on only when asked.
  if (r.gl && r.drawing == platform::DrawingPath::WebGL1)
    emscripten_webgl_enable_extension(emscripten_webgl_get_current_context(), "OES_vertex_array_object");
  return r.gl != nullptr;
}

platform::DrawingPath drawing_path() { return runner().drawing; }

void run(const RunnerCallbacks& callbacks) {
  Runner& r = runner();
  r.callbacks = callbacks;
  // SDL's events reach ImGui.
  if (r.gl) ImGui_ImplSDL2_InitForOpenGL(r.window, r.gl);
  else ImGui_ImplSDL2_InitForOther(r.window);
  r.running = true;
  r.scheduler.wake();
  draw_one_frame();
  emscripten_set_main_loop(main_loop, 0, false);
}

void wake(int frames) {
  Runner& r = runner();
  r.scheduler.wake(frames);
  if (r.running && r.paused) {
    r.paused = false;
    emscripten_resume_main_loop();
  }
}

}  // namespace capwalk::web

// ---- Called by web/shell.js and scripts/bench ----
extern "C" {

EMSCRIPTEN_KEEPALIVE void capwalk_wake() { capwalk::web::wake(); }

// For scripts/bench: frames drawn so far, and the memory the app has and uses.
EMSCRIPTEN_KEEPALIVE unsigned capwalk_frames_drawn() { return capwalk::web::runner().frames_drawn; }
EMSCRIPTEN_KEEPALIVE double capwalk_frame_ms_total() { return capwalk::web::runner().frame_ms_total; }
EMSCRIPTEN_KEEPALIVE unsigned capwalk_heap_bytes() {
  return static_cast<unsigned>(emscripten_get_heap_size());
}
EMSCRIPTEN_KEEPALIVE unsigned capwalk_heap_used_bytes() {
  return static_cast<unsigned>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}

}  // extern "C"
