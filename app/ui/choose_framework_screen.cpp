// Choosing the framework to assess against: the shipped ones and any the person
// opened from a file. A framework capwalk wrote says so. It is opened from the role
// screen's "Change the framework" (the core one is chosen unless the organisation
// says otherwise), and Continue returns there.
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

const char* kQuestion = "Which framework do you want to use?";

std::string about(const LibraryEntry& entry) {
  const Framework& fw = entry.framework;
  std::string text = fw.description;
  if (!entry.opened_from.empty())
    text += " Opened from your file “" + entry.opened_from + "”.";
  else if (fw.written_by_capwalk)
    text += " Written by capwalk in its own words; not an official text.";
  return text;
}

}  // namespace

void choose_framework_screen(AppState& state, const Host& host) {
  heading("Choose a framework", 1);
  paragraph(
      "A framework is a list of the capabilities people need to support others with their "
      "mental health. If you are not sure, choose the first one.");
  if (state.last_file_import && state.last_file_import->added)
    status_message(state.last_file_import->headline);
  gap(metrics().gap_tight);
  heading(kQuestion, 2);
  const Organisation* org = state.library.organisation();
  for (const LibraryEntry& entry : state.library.entries()) {
    const Framework& fw = entry.framework;
    // An organisation offers some of capwalk's frameworks; a file the person opened is theirs.
    if (org && entry.opened_from.empty() && !org->offers_framework(fw.id)) continue;
    if (choice(kQuestion, fw.short_title, about(entry), state.chosen_framework == fw.id, fw.id))
      state.chosen_framework = fw.id;
  }
  if (const LibraryEntry* chosen = state.library.find(state.chosen_framework)) {
    gap(metrics().gap_tight);
    note(chosen->framework.attribution);
    // The first note says what a reader most needs to know about how the source was
    // carried over (for the NOS: its numbering glitch, kept as printed).
    if (!chosen->framework.notes.empty()) note(chosen->framework.notes.front());
  }
  gap(metrics().gap_medium);
  if (button("Continue", ButtonKind::Primary)) continue_from_framework(state);
  if (kiosk_allows(state.kiosk.active, KioskAction::OpenFile)) {
    gap(metrics().gap_small);
    heading("Your organisation's own framework", 2);
    paragraph(
        "If your organisation gave you a framework file, open it here or drop it onto this "
        "page. It stays on this device and is used only until you close the page.");
    if (button("Open a framework file")) call(host.choose_file, kJsonFiles);
  }
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
