// The first thing a person sees: what this is, that it is private, and Start.
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void welcome_screen(AppState& state) {
  heading("Find the mental health training your role needs", 1);
  paragraph(
      "Answer a few questions about your role, rate yourself against the capabilities it "
      "needs, and get a clear list of what to learn next and a plan to do it.");
  paragraph("It takes about ten minutes. You do not need an account.");
  gap(8);
  paragraph("Your answers stay on this device unless you choose to share them.");
  gap(16);
  if (button("Start", ButtonKind::Primary)) state.nav.go(Screen::ChooseFramework);
}

}  // namespace capwalk::ui
