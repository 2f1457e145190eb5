// Single widgets of app/ui/widgets.h, drawn on a page of their own through the screen
// harness, and read and operated through the accessibility mirror.
#include <catch2/catch.hpp>

#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "screen_harness.h"

using namespace capwalk;
using namespace capwalk::testui;

namespace {
const std::string kTitle = "Suicide awareness in 20 minutes";
const std::string kUrl = "https://example.org/x";
}  // namespace

TEST_CASE("A link is a link with its address in the mirror, and a click on it is seen", "[widgets]") {
  ScreenHarness app;
  int clicks = 0;
  app.page = [&] {
    ui::heading("Suggested learning", 1);
    if (ui::link(kTitle, kUrl, "id")) ++clicks;
  };
  app.settle();
  const MirrorNode& link = app.get(MirrorRole::Link, kTitle);
  CHECK(link.href == kUrl);
  CHECK(link.rect.height >= 44);
  CHECK(link.rect.height >= ui::metrics().control_height);
  CHECK(link.rect.x == Approx(ui::column_left()));
  CHECK(link.rect.width <= ui::column_width());
  CHECK(clicks == 0);

  SECTION("a mouse click") {
    app.mouse_click(link);
    CHECK(clicks == 1);
  }
  SECTION("a keyboard or screen-reader click on the page's anchor") {
    app.activate(link);
    CHECK(clicks == 1);
  }
  // The browser's own anchor opens the address: the app asks for nothing.
  CHECK(app.calls_to("open_link").empty());
}

TEST_CASE("A long link wraps in a phone's column and is one target", "[widgets]") {
  ScreenHarness app(kPhone);
  const std::string title = kTitle + ": a free course to take at your own pace, on a phone or a computer";
  app.page = [&] { ui::link(title, kUrl, "long"); };
  app.settle();
  const MirrorNode& link = app.get(MirrorRole::Link, title);
  CHECK(link.rect.width <= ui::column_width());
  CHECK(link.rect.height > ui::metrics().control_height);  // more than one line, padded
}

TEST_CASE("A link below the visible part of the page is still a link with its address", "[widgets]") {
  ScreenHarness app;
  app.page = [&] {
    ui::gap(3 * kDesktop.height);  // far below the first screenful: the page is not scrolled
    ui::link(kTitle, kUrl, "far");
  };
  app.settle();
  const MirrorNode& link = app.get(MirrorRole::Link, kTitle);
  CHECK(link.href == kUrl);
  CHECK(link.rect.y > kDesktop.height);
}
