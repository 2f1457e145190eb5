// app_screens.h — draws whichever screen the navigator is on.
//
// Every screen is one function in its own file: it reads AppState, calls core
// functions to change it, and reaches the outside world only through `host`.
#pragma once

#include <string>

#include "app/core/app_state.h"
#include "host.h"

namespace capwalk::ui {

// One function per screen, each in its own file.
void welcome_screen(AppState& state, const Host& host);
// Whether the screen about to be drawn is a first visit's welcome screen, whose words are
// all printable ASCII (ui/fonts.h: its first frame rasterises no other characters).
bool first_screen_draws_only_ascii(const AppState& state);
// In place of a screen whose files are still being fetched (core/shipped_files.h).
void waiting_screen(AppState& state, const Host& host);
void choose_framework_screen(AppState& state, const Host& host);
void framework_file_problems_screen(AppState& state, const Host& host);
void choose_role_screen(AppState& state, const Host& host);
void about_your_work_screen(AppState& state, const Host& host);
void capability_screen(AppState& state, const Host& host);
void contents_screen(AppState& state, const Host& host);
void results_screen(AppState& state, const Host& host);
void plan_screen(AppState& state, const Host& host);
void settings_screen(AppState& state, const Host& host);
void share_screen(AppState& state, const Host& host);
void review_screen(AppState& state, const Host& host);
void team_screen(AppState& state, const Host& host);
void service_report_screen(AppState& state, const Host& host);
void manager_view_screen(AppState& state, const Host& host);
void send_view_screen(AppState& state, const Host& host);
void reply_screen(AppState& state, const Host& host);
void kiosk_setup_screen(AppState& state, const Host& host);
void kiosk_settings_screen(AppState& state, const Host& host);
void idle_warning_screen(AppState& state, const Host& host);
void take_away_screen(AppState& state, const Host& host);
void accessibility_screen(AppState& state, const Host& host);
void privacy_screen(AppState& state, const Host& host);

void draw_current_screen(AppState& state, const Host& host);
// The assessment in progress and its framework. When either is missing (deleted in
// another tab, say) it goes back to the start and returns false.
bool assessment_in_progress(AppState& state, Assessment*& assessment, const Framework*& framework);
// The page title: the screen, or on a capability page its title and position.
std::string page_title(AppState& state);
// Downloads a backup file of everything the person keeps (core/backup.h).
void save_backup_file(const AppState& state, const Host& host);

}  // namespace capwalk::ui
