// capwalk's own stand-in for the main-loop header Dear ImGui's examples include on the
// web (examples/libs/emscripten/, which the cached imgui sources lack). The example's
// main() is written as a desktop loop:
//
//     EMSCRIPTEN_MAINLOOP_BEGIN { ...one frame... } EMSCRIPTEN_MAINLOOP_END;
//
// A browser cannot block in a loop, so the braces become the body of a lambda, and
// the browser calls it once per animation frame. The lambda captures main()'s locals
// by reference; emscripten_set_main_loop_arg(..., 1) never returns to main(), so they
// stay alive. Used only by scripts/stock-imgui/build.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> stock_imgui_frame;
static void stock_imgui_run_frame(void*) { stock_imgui_frame(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN stock_imgui_frame = [&]()
#define EMSCRIPTEN_MAINLOOP_END \
  ; emscripten_set_main_loop_arg(stock_imgui_run_frame, nullptr, 0, 1)
