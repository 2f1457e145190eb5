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
    case Screen::Welcome: return "Welcome – capwalk";
    case Screen::ChooseFramework: return "Choose a framework – capwalk";
    case Screen::FrameworkFileProblems: return "This file cannot be used – capwalk";
    case Screen::ChooseRole: return "Choose your role – capwalk";
    case Screen::AboutYourWork: return "About your work – capwalk";
    case Screen::Capability: return "Capability – capwalk";
    case Screen::Contents: return "All capabilities – capwalk";
    case Screen::Results: return "Your results – capwalk";
    case Screen::Plan: return "Your development plan – capwalk";
    case Screen::Settings: return "Settings – capwalk";
    case Screen::Share: return "Share your results – capwalk";
    case Screen::Review: return "Shared results – capwalk";
    case Screen::Team: return "Your team – capwalk";
    case Screen::ServiceReport: return "Service report – capwalk";
    case Screen::ManagerView: return "Your view – capwalk";
    case Screen::SendView: return "Send your view – capwalk";
    case Screen::Reply: return "Your manager's view – capwalk";
    case Screen::KioskSetup: return "Set up kiosk mode – capwalk";
    case Screen::KioskSettings: return "Kiosk settings – capwalk";
    case Screen::TakeAway: return "Take your results with you – capwalk";
    case Screen::Accessibility: return "Accessibility – capwalk";
    case Screen::Privacy: return "Privacy – capwalk";
  }
  return "capwalk";
}

}  // namespace capwalk
