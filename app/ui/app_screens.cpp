#include "app_screens.h"

#include "app/core/backup.h"
#include "app/core/dates.h"
#include "app/core/shipped_files.h"
#include "app/core/storage_document.h"
#include "app/core/walkthrough.h"
#include "widgets.h"

namespace capwalk::ui {

void draw_current_screen(AppState& state, const Host& host) {
  const Organisation* org = state.library.organisation();
  product_band("capwalk", org ? org->name : std::string());
  for (const std::string* banner : {&state.organisation_banner, &state.storage_banner, &state.sharing.team_banner}) {
    if (banner->empty()) continue;
    status_message(*banner);
    gap(metrics().gap_small);
  }
  if (!state.other_tab_notice.empty()) {
    status_message(state.other_tab_notice);
    gap(metrics().gap_small);
  }
  if (state.kiosk.warning_left > 0) {  // covers whatever screen was showing
    idle_warning_screen(state, host);
    return;
  }
  if (!screen_ready(state)) {
    waiting_screen(state, host);
    return;
  }
  switch (state.nav.current()) {
    case Screen::Welcome: welcome_screen(state, host); break;
    case Screen::ChooseFramework: choose_framework_screen(state, host); break;
    case Screen::FrameworkFileProblems: framework_file_problems_screen(state, host); break;
    case Screen::ChooseRole: choose_role_screen(state, host); break;
    case Screen::AboutYourWork: about_your_work_screen(state, host); break;
    case Screen::Capability: capability_screen(state, host); break;
    case Screen::Contents: contents_screen(state, host); break;
    case Screen::Results: results_screen(state, host); break;
    case Screen::Plan: plan_screen(state, host); break;
    case Screen::Settings: settings_screen(state, host); break;
    case Screen::Share: share_screen(state, host); break;
    case Screen::Review: review_screen(state, host); break;
    case Screen::ManagerView: manager_view_screen(state, host); break;
    case Screen::SendView: send_view_screen(state, host); break;
    case Screen::Reply: reply_screen(state, host); break;
    case Screen::Team: team_screen(state, host); break;
    case Screen::ServiceReport: service_report_screen(state, host); break;
    case Screen::KioskSetup: kiosk_setup_screen(state, host); break;
    case Screen::KioskSettings: kiosk_settings_screen(state, host); break;
    case Screen::TakeAway: take_away_screen(state, host); break;
    case Screen::Accessibility: accessibility_screen(state, host); break;
    case Screen::Privacy: privacy_screen(state, host); break;
  }
}

void save_backup_file(const AppState& state, const Host& host) {
  const std::int64_t now = call(host.now_ms);
  call(host.download, backup_file_name(format_date_iso(now)), "application/json", encode_document(state.stored, now));
}

bool assessment_in_progress(AppState& state, Assessment*& assessment, const Framework*& framework) {
  assessment = current_assessment(state);
  const LibraryEntry* entry = assessment ? state.library.find(assessment->framework_id) : nullptr;
  framework = entry ? &entry->framework : nullptr;
  if (!framework) state.nav.restart();
  return framework != nullptr;
}

std::string page_title(AppState& state) {
  if (state.kiosk.warning_left > 0) return "Are you still there? – capwalk";
  if (state.nav.current() == Screen::Capability) {
    const Assessment* a = current_assessment(state);
    const Framework* fw = a ? chosen_framework(state) : nullptr;
    if (a && fw && !a->capability_ids.empty()) {
      const int i = a->page_index();
      if (const Capability* c = fw->find_capability(a->capability_ids[static_cast<size_t>(i)]))
        return c->title + " (" + std::to_string(i + 1) + " of " +
               std::to_string(a->capability_ids.size()) + ") – capwalk";
    }
  }
  return screen_title(state.nav.current());
}

}  // namespace capwalk::ui
