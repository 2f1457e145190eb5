#include "navigation.h"

namespace capwalk {

void Navigator::go(Screen next) {
  if (next == current_) return;
  history_.push_back(current_);
  current_ = next;
  ++changes_;
}

bool Navigator::back() {
  if (history_.empty()) return false;
  current_ = history_.back();
  history_.pop_back();
  ++changes_;
  return true;
}

void Navigator::restart() {
  const bool moved = current_ != Screen::Welcome;
  history_.clear();
  current_ = Screen::Welcome;
  if (moved) ++changes_;
}

const char* screen_title(Screen screen) {
  switch (screen) {
    case Screen::Welcome: return "Welcome \xE2\x80\x93 capwalk";
    case Screen::ChooseFramework: return "Choose a framework \xE2\x80\x93 capwalk";
    case Screen::FrameworkFileProblems: return "This file cannot be used \xE2\x80\x93 capwalk";
    case Screen::ChooseRole: return "Choose your role \xE2\x80\x93 capwalk";
    case Screen::AboutYourWork: return "About your work \xE2\x80\x93 capwalk";
    case Screen::Capability: return "Capability \xE2\x80\x93 capwalk";
    case Screen::Contents: return "All capabilities \xE2\x80\x93 capwalk";
    case Screen::Results: return "Your results \xE2\x80\x93 capwalk";
    case Screen::Plan: return "Your development plan \xE2\x80\x93 capwalk";
    case Screen::Settings: return "Settings \xE2\x80\x93 capwalk";
    case Screen::Share: return "Share your results \xE2\x80\x93 capwalk";
    case Screen::Review: return "Shared results \xE2\x80\x93 capwalk";
    case Screen::Team: return "Your team \xE2\x80\x93 capwalk";
    case Screen::KioskSetup: return "Set up kiosk mode \xE2\x80\x93 capwalk";
    case Screen::KioskSettings: return "Kiosk settings \xE2\x80\x93 capwalk";
    case Screen::TakeAway: return "Take your results with you \xE2\x80\x93 capwalk";
    case Screen::Accessibility: return "Accessibility \xE2\x80\x93 capwalk";
    case Screen::Privacy: return "Privacy \xE2\x80\x93 capwalk";
  }
  return "capwalk";
}

}  // namespace capwalk
