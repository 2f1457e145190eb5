// A framework file that could not be used: what went wrong, in plain words first,
// then every problem with its place in the file, for whoever wrote it.
#include <string>

#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void framework_file_problems_screen(AppState& state, const Host& host) {
  heading("This file cannot be used", 1);
  if (!state.last_file_import) {
    if (button("Back")) state.nav.back();
    return;
  }
  const FileImport& result = *state.last_file_import;
  paragraph(result.headline);
  paragraph("Nothing else has changed: your frameworks and answers are as they were.");
  gap(metrics().gap_tight);
  heading("What needs fixing", 2);
  constexpr std::size_t kShown = 100;  // a long list helps nobody; the first ones matter
  std::size_t shown = 0;
  for (const Problem& problem : result.problems) {
    if (problem.severity != Severity::Error) continue;
    if (shown++ == kShown) break;
    bullet(to_string(problem));
  }
  const int errors = count(result.problems, Severity::Error);
  if (errors > static_cast<int>(kShown))
    note("… and " + std::to_string(errors - kShown) + " more.");
  gap(metrics().gap_medium);
  if (kiosk_allows(state.kiosk.active, KioskAction::OpenFile)) {
    if (button("Open another file", ButtonKind::Primary)) call(host.choose_file, kJsonFiles);
    gap(metrics().gap_small);
  }
  if (button("Back to frameworks")) state.nav.back();
}

}  // namespace capwalk::ui
