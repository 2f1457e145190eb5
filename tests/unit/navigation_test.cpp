#include <catch2/catch.hpp>

#include <string>

#include "app/core/navigation.h"

using capwalk::Navigator;
using capwalk::Screen;

TEST_CASE("A new navigator starts on the welcome screen with nowhere to go back to") {
  Navigator nav;
  CHECK(nav.current() == Screen::Welcome);
  CHECK_FALSE(nav.can_go_back());
  CHECK_FALSE(nav.back());
  CHECK(nav.current() == Screen::Welcome);
}

TEST_CASE("Start then Back returns to the welcome screen") {
  Navigator nav;
  nav.go(Screen::ChooseRole);
  CHECK(nav.current() == Screen::ChooseRole);
  CHECK(nav.can_go_back());
  CHECK(nav.back());
  CHECK(nav.current() == Screen::Welcome);
  CHECK_FALSE(nav.can_go_back());
}

TEST_CASE("Going to the screen already shown adds no history and no change") {
  Navigator nav;
  nav.go(Screen::ChooseRole);
  const unsigned changes = nav.changes();
  nav.go(Screen::ChooseRole);
  CHECK(nav.changes() == changes);
  CHECK(nav.back());
  CHECK_FALSE(nav.can_go_back());
}

TEST_CASE("Every change of screen is counted") {
  Navigator nav;
  CHECK(nav.changes() == 0);
  nav.go(Screen::ChooseRole);
  nav.back();
  CHECK(nav.changes() == 2);
}

TEST_CASE("Restart forgets the history") {
  Navigator nav;
  nav.go(Screen::ChooseRole);
  nav.restart();
  CHECK(nav.current() == Screen::Welcome);
  CHECK_FALSE(nav.can_go_back());
}

TEST_CASE("Page titles name the screen first, then the product") {
  CHECK(std::string(capwalk::screen_title(Screen::Welcome)) == "Welcome \xE2\x80\x93 capwalk");
  CHECK(std::string(capwalk::screen_title(Screen::ChooseRole)) ==
        "Choose your role \xE2\x80\x93 capwalk");
}
