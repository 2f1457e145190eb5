// web_runner.h — the browser's frame loop, drawn on demand (web build only).
//
// The app hands the runner one callback, which draws a frame; the runner owns the
// SDL window and its WebGL context (or none: platform/drawing_path.h), and calls it on requestAnimationFrame while
// anything needs drawing (platform/frame_scheduler.h), pausing the loop otherwise so
// an idle page costs no CPU. Whatever changes the page (input, page events, resizing,
// scrolling) calls wake(), which resumes it.
//
//   web::RunnerCallbacks callbacks;
//   callbacks.draw_frame = my_draw_frame;  // returns true while it wants more frames
//   if (!web::open_window()) ...;   // then create the ImGui context
//   web::run(callbacks);
#pragma once

#include "app/platform/drawing_path.h"
#include "app/platform/frame_scheduler.h"

namespace capwalk::web {

struct RunnerCallbacks {
  // Draws one frame; returns true while something is still pending (queued input),
  // which keeps frames coming one at a time.
  bool (*draw_frame)() = nullptr;
  // Called once, after the first frame is on screen.
  void (*first_frame_drawn)() = nullptr;
};

// Creates the window, with a WebGL 2 or WebGL 1 context as web/shell.js found the
// browser has, or none (drawn into memory); false if that fails.
bool open_window();
// How the window is drawn, once it is open.
platform::DrawingPath drawing_path();
// Connects SDL's events to ImGui (its context must exist by now), draws the first
// frame at once (the page is on screen sooner than at the next animation frame),
// then runs the loop. Each frame starts ImGui's SDL side, then calls draw_frame.
void run(const RunnerCallbacks& callbacks);
// Something changed: draw at least `frames` more frames.
void wake(int frames = platform::FrameScheduler::kFramesAfterInput);

}  // namespace capwalk::web
