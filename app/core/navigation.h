// navigation.h — which screen the person is on, and how they got there.
//
// The app is a short sequence of screens. `Navigator` keeps a history so that
// **Back** always returns to the screen the person came from, exactly as the
// browser's Back would on a web form. It is plain data: the UI reads `current()`
// and calls `go()` / `back()`; nothing here knows how screens are drawn.
#pragma once

#include <vector>

namespace capwalk {

enum class Screen {
  Welcome,
  ChooseFramework,
  FrameworkFileProblems,  // a framework file the person opened could not be used
  ChooseRole,
  AboutYourWork,          // contact questions, the tier and the service setting
  Capability,             // one capability page of the walkthrough
  Contents,               // every capability, to jump to any
  Results,
  Plan,                   // the development plan
  Settings,
  Share,                  // the link and QR code for a manager
  Review,                 // someone else's results, opened from a link
  Team,                   // the manager's team view
  ServiceReport,          // the team's training needs analysis, printable
  ManagerView,            // the manager's view of someone's results (supervision.h)
  SendView,               // the reply link that takes that view back to the person
  Reply,                  // a manager's reply, opened on the person's device
  KioskSetup,             // choosing the PIN that guards kiosk mode
  KioskSettings,          // behind the PIN: idle time, switching kiosk mode off
  TakeAway,               // kiosk: take your results with you, then clear
  Accessibility,          // the accessibility statement
  Privacy,                // what is kept, where, for how long; how to delete it
};

class Navigator {
 public:
  Screen current() const { return current_; }
  bool can_go_back() const { return !history_.empty(); }
  // The screen Back would return to (the current one when there is none).
  Screen previous() const { return history_.empty() ? current_ : history_.back(); }

  // Moves to `next`, remembering where we were. Going to the current screen does nothing.
  void go(Screen next);
  // Returns to the previous screen; returns false (and stays) on the first screen.
  bool back();
  // Forgets the history and shows the welcome screen (used when a session ends).
  void restart();
  // Counts a change without moving: the same screen now shows something new (the
  // next capability page), which the page announces like a new screen.
  void redraw() { ++changes_; ++redraws_; }
  unsigned redraws() const { return redraws_; }

  // Counts every change of screen, so observers can tell "something changed" cheaply.
  unsigned changes() const { return changes_; }

 private:
  Screen current_ = Screen::Welcome;
  std::vector<Screen> history_;
  unsigned changes_ = 0;
  unsigned redraws_ = 0;
};

// The page title for a screen, e.g. "Welcome – capwalk". Browsers and screen readers
// announce it, so it names the screen first.
const char* screen_title(Screen screen);

}  // namespace capwalk
