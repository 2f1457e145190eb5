#include <catch2/catch.hpp>

#include "app/platform/frame_scheduler.h"

using capwalk::platform::FrameScheduler;

TEST_CASE("With nothing happening, nothing is drawn") {
  FrameScheduler s;
  CHECK_FALSE(s.should_draw());
}

TEST_CASE("An input draws a few frames, then the loop goes idle") {
  FrameScheduler s;
  s.wake();
  int frames = 0;
  while (s.should_draw() && frames < 100) {
    s.frame_drawn(false);
    ++frames;
  }
  CHECK(frames == FrameScheduler::kFramesAfterInput);
  CHECK(s.frames_drawn() == frames);
}

TEST_CASE("Frames keep coming while ImGui is busy, and stop when it is not") {
  FrameScheduler s;
  s.wake(1);
  for (int i = 0; i < 10; ++i) {
    REQUIRE(s.should_draw());
    s.frame_drawn(true);
  }
  CHECK(s.should_draw());
  s.frame_drawn(false);
  CHECK_FALSE(s.should_draw());
}

TEST_CASE("A smaller wake never shortens a larger one") {
  FrameScheduler s;
  s.wake(4);
  s.wake(1);
  int frames = 0;
  while (s.should_draw()) {
    s.frame_drawn(false);
    ++frames;
  }
  CHECK(frames == 4);
}
