// Kiosk mode screens: setting it up (choosing a PIN), its settings behind that PIN,
// "Are you still there?", and taking results away before everything is cleared.
#include "app/core/backup.h"
#include "app/core/dates.h"
#include "app/core/settings.h"
#include "app/core/sharing.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {


namespace {

// Before the PIN: what kiosk mode will remove from this device, and a way to keep it.
void what_kiosk_mode_removes(const AppState& state, const Host& host) {
  const std::string warning =
      kiosk_removal_warning(state.stored.assessments.size(), state.sharing.team.members.size());
  if (warning.empty()) return;
  heading("What is saved on this device", 2);
  status_message(warning);
  if (!state.stored.assessments.empty() && kiosk_allows(state.kiosk.active, KioskAction::SaveBackup) &&
      button("Save a backup file"))
    save_backup_file(state, host);
  gap(metrics().gap_small);
}

}  // namespace

void kiosk_setup_screen(AppState& state, const Host& host) {
  KioskState& k = state.kiosk;
  heading("Set up kiosk mode", 1);
  paragraph("Kiosk mode is for a shared device. Each person's answers are kept in memory only, "
            "and are cleared after a few minutes without use, when they finish, and whenever the "
            "page starts.");
  what_kiosk_mode_removes(state, host);
  paragraph("Choose a PIN of 4 to 8 digits. You will need it to change the kiosk settings or to "
            "switch kiosk mode off. Do not share it with the people using the device.");
  pin_field("Choose a PIN", k.pin, "kiosk-pin");
  pin_field("Type the PIN again", k.pin_again, "kiosk-pin-again");
  if (!k.message.empty()) status_message(k.message);
  gap(metrics().gap_small);
  if (button("Switch kiosk mode on", ButtonKind::Primary)) {
    if (switch_kiosk_on(state)) call(host.kiosk_settings_changed, state);
  }
  gap(metrics().gap_small);
  if (button("Not now")) {
    k.setting_up = false;
    state.nav.restart();
  }
}

void kiosk_settings_screen(AppState& state, const Host& host) {
  KioskState& k = state.kiosk;
  heading("Kiosk settings", 1);
  if (!k.unlocked) {
    pin_field("Kiosk PIN", k.pin, "kiosk-unlock");
    if (!k.message.empty()) status_message(k.message);
    gap(metrics().gap_small);
    if (button("Unlock", ButtonKind::Primary)) unlock_kiosk_settings(state);
    gap(metrics().gap_small);
    if (button("Back", ButtonKind::Secondary)) state.nav.back();
    return;
  }
  const char* q = "Clear a person's answers after how long without use?";
  heading(q, 2);
  for (int minutes : {1, 2, 3, 5, 10}) {
    const std::string label = std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
    if (choice(q, label, "", k.config.idle_seconds == minutes * 60, "idle" + std::to_string(minutes))) {
      set_kiosk_idle_minutes(state, minutes);
      call(host.kiosk_settings_changed, state);
    }
  }
  note("Before clearing, the page asks “Are you still there?” and waits " +
       std::to_string(k.config.warning_seconds) + " seconds.");
  gap(metrics().gap_small);
  if (button("Switch kiosk mode off")) {
    switch_kiosk_off(state);
    call(host.kiosk_settings_changed, state);
    return;
  }
  gap(metrics().gap_small);
  if (button("Done", ButtonKind::Primary)) {
    k.unlocked = false;
    state.nav.back();
  }
}

void idle_warning_screen(AppState& state, const Host& host) {
  heading("Are you still there?", 1);
  // Announced once; the countdown below is read when someone reaches it, rather than
  // interrupting a screen reader every second.
  status_message("To keep your answers private, this page will clear them in " +
                 std::to_string(state.kiosk.config.warning_seconds) +
                 " seconds unless you choose I'm still here.");
  paragraph("Seconds left: " + std::to_string(state.kiosk.warning_left));
  gap(metrics().gap_small);
  if ((button("I'm still here", ButtonKind::Primary) || escape_pressed()))
    call(host.kiosk_still_here, state);
}

void take_away_screen(AppState& state, const Host& host) {
  Assessment* a = nullptr;
  const Framework* fw = nullptr;
  if (!assessment_in_progress(state, a, fw)) return;
  heading("Take your results with you", 1);
  paragraph("When you finish, everything you did here is cleared from this device. Before that, "
            "scan the code with your phone's camera to keep your results. The link it holds is "
            "shown below too.");
  const std::string link = results_link(call(host.page_url), encode_share_code(*a, *fw, false));
  if (!qr_code(link, metrics().qr_size)) paragraph("Your results are too long for a code: type the link below into your phone instead.");
  gap(metrics().gap_small);
  read_only_field("Your link", link, "take-away-link", link.size() > 200 ? metrics().text_area_height : metrics().link_height);
  gap(metrics().gap_small);
  if (button("Clear everything and finish", ButtonKind::Primary)) call(host.kiosk_clear_now, state);
  gap(metrics().gap_small);
  if (button("Back to my results")) state.nav.back();
}

}  // namespace capwalk::ui
