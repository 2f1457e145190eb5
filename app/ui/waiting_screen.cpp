// Shown in place of a screen whose framework, roles or learning are still on their
// way (core/shipped_files.h): usually for a moment after Start or after opening a
// link, longer on a slow connection, and with a way to try again when offline.
#include "app/core/shipped_files.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void waiting_screen(AppState& state, const Host&) {
  if (screen_files_failed(state)) {
    heading("This page could not be loaded", 1);
    paragraph("capwalk could not fetch the framework, roles or learning this page needs. "
              "Please check your internet connection, then try again. Anything you have "
              "saved on this device is still there.");
    if (button("Try again", ButtonKind::Primary)) retry_failed_files(state);
    gap(metrics().gap_small);
    if (button("Back")) state.nav.back();
    return;
  }
  heading("Getting the questions ready", 1);
  const auto [done, total] = screen_files_progress(state);
  progress("Loading", done, total);
}

}  // namespace capwalk::ui
