// frame_scheduler.h — render on demand.
//
// Dear ImGui is immediate mode: it needs a few frames after each input (a click is
// a press in one frame and a release in the next; a screen change is laid out, then
// measured) and a frame for every step of anything that moves. The rest of the time
// the picture on the canvas is already right, so we draw nothing and an idle page
// costs no CPU. The scheduler only counts; the browser loop asks it whether to draw.
#pragma once

namespace capwalk::platform {

class FrameScheduler {
 public:
  // Frames drawn after an input: press, release, the screen it leads to, and its
  // measured layout.
  static constexpr int kFramesAfterInput = 4;

  // Something happened (input, resize, scroll, a new screen): draw a few frames.
  void wake(int frames = kFramesAfterInput) {
    if (frames > pending_) pending_ = frames;
  }
  bool should_draw() const { return pending_ > 0; }

  // After drawing: `busy` is true while ImGui still has queued input or something
  // animates, which keeps frames coming one at a time.
  void frame_drawn(bool busy) {
    if (pending_ > 0) --pending_;
    if (busy && pending_ < 1) pending_ = 1;
    ++drawn_;
  }
  long frames_drawn() const { return drawn_; }

 private:
  int pending_ = 0;
  long drawn_ = 0;
};

}  // namespace capwalk::platform
