// app_screens.h — draws whichever screen the navigator is on.
#pragma once

#include <cstdint>
#include <string>

#include "app/core/app_state.h"

namespace capwalk::ui {

// One function per screen, each in its own file.
void welcome_screen(AppState& state);
void choose_framework_screen(AppState& state);
void framework_file_problems_screen(AppState& state);
void choose_role_screen(AppState& state);
void about_your_work_screen(AppState& state);
void capability_screen(AppState& state);
void contents_screen(AppState& state);
void results_screen(AppState& state);
void plan_screen(AppState& state);
void settings_screen(AppState& state);
void share_screen(AppState& state);
void review_screen(AppState& state);
void team_screen(AppState& state);
void kiosk_setup_screen(AppState& state);
void kiosk_settings_screen(AppState& state);
void idle_warning_screen(AppState& state);
void take_away_screen(AppState& state);
void accessibility_screen(AppState& state);
void privacy_screen(AppState& state);

// Kiosk actions that reach the platform (set in main.cpp): the kiosk settings changed;
// the person answered "I'm still here"; clear everything now.
extern void (*kiosk_changed)(AppState& state);
extern void (*kiosk_still_here)(AppState& state);
extern void (*kiosk_clear_now)(AppState& state);

void draw_current_screen(AppState& state);
// The assessment in progress and its framework. When either is missing (deleted in
// another tab, say) it goes back to the start and returns false.
bool assessment_in_progress(AppState& state, Assessment*& assessment, const Framework*& framework);
// The page title: the screen, or on a capability page its title and position.
std::string page_title(AppState& state);

// Shows `html` (already escaped: see core/report_html.h) in the page's print view
// and opens the browser's print dialog, where it can also be saved as a PDF.
void print_html(const std::string& html);
// Deletes everything kept on this device: storage and state (main.cpp).
extern void (*delete_all_data)(AppState& state);

// The time and randomness the screens need, from the platform (set in main.cpp).
std::int64_t now_ms();
std::uint64_t random_bits();

// Asks the page to let the person pick a file (web build: a file chooser).
// Set by main.cpp; the chosen file arrives through open_framework_file().
extern void (*request_framework_file)();

}  // namespace capwalk::ui
