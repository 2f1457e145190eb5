// The accessibility statement: what works, what does not yet, and how to say so.
// Public-sector websites in the UK publish one; ours is written for capwalk as it
// is, and tested (tests/browser/accessibility.test.mjs).
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void accessibility_screen(AppState& state, const Host& /*host*/) {
  heading("Accessibility", 1);
  paragraph("capwalk is meant for everyone who meets people with mental health needs at work, "
            "including people who use a screen reader, a keyboard, a switch or voice control, "
            "or larger text. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 "
            "at level AA.");

  heading("What you can do", 2);
  bullet("Use every screen with a keyboard alone: Tab and Shift+Tab move between items in the "
         "order you see them, Enter or Space chooses, the arrow keys move between the answers "
         "to a question, and Escape closes a question such as \"Delete it?\".");
  bullet("Use a screen reader: each screen has a title and a main heading, answers are grouped "
         "under their question, and progress and messages are read out.");
  bullet("Make the text up to twice as large in Settings, without anything being cut off.");
  bullet("Choose light, dark or high-contrast colours in Settings. \"Match my device\" follows "
         "your device's own setting for dark mode and for more contrast.");
  bullet("See where you are: the item you reach with the keyboard has a thick two-colour outline.");
  bullet("Tap easily: buttons and answers are at least 44 pixels tall.");

  heading("What does not work yet", 2);
  bullet("capwalk draws its pages as a picture and describes them to your browser separately. "
         "Browser features that read the text of a page, such as reader view, translation and "
         "some text-spacing tools, do not change what is drawn.");
  bullet("Zooming the whole page with your browser works, but Settings gives a clearer result "
         "for larger text.");
  bullet("The charts on the results screen use colour, so every chart is followed by the same "
         "counts in words.");
  bullet("capwalk has no animation, so the setting to reduce motion has nothing to change.");
  bullet("Browsers without WebGL 2 cannot show capwalk; the page says so in words.");

  heading("How we test it", 2);
  paragraph("Every screen is checked automatically with axe-core on each change, a whole "
            "assessment is completed by keyboard alone, and the colours of every theme are "
            "checked for contrast.");

  heading("Report a problem", 2);
  paragraph("If something stops you using capwalk, please tell whoever gave you the link (your "
            "employer or training lead) and say which screen it was, what you were trying to do "
            "and what you use (for example a screen reader or larger text). They can pass it on "
            "to the people who look after capwalk.");
  paragraph("This statement was last reviewed in November 2026.");
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
