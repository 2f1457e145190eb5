// Privacy: what capwalk keeps, where, for how long, what a link carries, and how to
// delete it all. Every statement here is checked by tests/browser/privacy.test.mjs
// (no request leaves the page) or by the storage tests.
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void privacy_screen(AppState& state, const Host& /*host*/) {
  heading("Privacy", 1);
  paragraph("capwalk has no server, no account and no analytics. Your answers never leave "
            "this device unless you choose to share them.");

  heading("What is kept, and where", 2);
  bullet("Your assessments, notes, plans and settings: in this browser's own storage for this "
         "website, on this device, with the copy before your last change, so a damaged save "
         "can be recovered.");
  bullet("If you use the team view: the links your team sent you, and your own views of them, "
         "in the same place.");
  bullet("A manager's reply you open: kept with the assessment it answers, in the same place.");
  bullet("On a shared device in kiosk mode: only the kiosk's settings. Answers are kept in "
         "memory and are gone when you finish or walk away.");
  bullet("Nothing is kept anywhere else: capwalk does not send anything to us or to anyone.");

  heading("For how long", 2);
  if (state.kiosk.active) {
    paragraph("This is a shared device in kiosk mode: your answers are kept only until you "
              "finish, or until a few minutes pass without use. Then they are cleared. To keep "
              "your results, scan the code on the share screen with your phone.");
  } else {
    paragraph("Until you delete it, or your browser clears this website's data. Some browsers "
              "clear it after weeks without a visit, so save a backup file (in Settings) if "
              "you want to keep your results.");
  }

  heading("What a results link contains", 2);
  paragraph("The link holds your results inside it: the framework, your role, tier and "
            "setting, each rating and training request, and, only if you tick the box, your "
            "private notes and plan. It does not hold your name. Anyone you give the link to "
            "can read what is in it; opening it does not contact any server, and the part "
            "after # is never sent to the website.");

  heading("What a manager's reply contains", 2);
  paragraph("A reply link holds the manager's view of each capability, their comments, the "
            "actions agreed and an overall comment, but no names and none of your ratings. It "
            "can only be added to the answers it was written for. Like a results link, it never "
            "contacts a server.");

  heading("Links to learning", 2);
  paragraph("A course or guide suggested in your results opens on its provider's own website, "
            "in a new tab, only when you choose it. capwalk tells that website nothing: not "
            "your answers, and not that you came from capwalk. From then on it is that "
            "website's own privacy policy that applies.");

  heading("How to delete everything", 2);
  if (state.kiosk.active) {
    paragraph("Choose “Finish and clear” on your results. If you walk away, "
              "everything you did here is cleared after a few minutes without use.");
  } else {
    paragraph("Go to Settings and choose “Delete all my data”: every assessment, plan, setting and "
              "team link kept on this device is removed. You can also delete one assessment from "
              "the start screen, or clear this website's data in your browser's settings.");
  }
  gap(metrics().gap_small);
  if (button("Open Settings")) state.nav.go(Screen::Settings);
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
