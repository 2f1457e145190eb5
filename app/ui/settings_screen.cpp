// Settings: text size, colours and motion, remembered on this device; how the page
// draws; and deleting everything capwalk keeps here.
#include "app/core/backup.h"
#include "app/core/dates.h"
#include "app/core/settings.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

const char* kTextSize = "Text size";
const char* kColours = "Colours";

// Never on a kiosk: a backup would leave a person's answers in the shared downloads,
// and importing one could load an earlier person's.
void backup_buttons(AppState& state, const Host& host) {
  if (!state.backup_notice.empty()) status_message(state.backup_notice);
  if (kiosk_allows(state.kiosk.active, KioskAction::SaveBackup) && button("Save a backup file"))
    save_backup_file(state, host);
  gap(metrics().gap_small);
  if (kiosk_allows(state.kiosk.active, KioskAction::ImportBackup) && button("Import a backup file")) {
    state.next_file_is_backup = true;
    call(host.choose_file, kJsonFiles);
  }
  gap(metrics().gap_small);
}

// One line on how the page draws, so IT staff (and anyone wondering why it is slow on
// a virtual desktop) can tell.
void drawing_line(const Host& host) {
  switch (call(host.drawing_path)) {
    case platform::DrawingPath::WebGL2:
      paragraph("This page is drawn with your device's graphics (WebGL 2).");
      break;
    case platform::DrawingPath::WebGL1:
      paragraph("This page is drawn with your device's graphics (WebGL 1).");
      break;
    case platform::DrawingPath::Pixels:
      paragraph("This page is drawn without your device's graphics, because WebGL is switched off or "
                "missing in this browser. Everything works; it may be a little slower.");
      break;
    case platform::DrawingPath::Unknown: break;
  }
}

}  // namespace

void settings_screen(AppState& state, const Host& host) {
  const Settings& settings = state.stored.settings;
  heading("Settings", 1);
  paragraph("These are remembered on this device.");

  heading(kTextSize, 2);
  for (int percent : kTextScaleChoices) {
    const std::string label = std::to_string(percent) + "%" + (percent == 100 ? " (standard)" : "");
    if (choice(kTextSize, label, "", settings.text_scale_percent == percent, "size" + std::to_string(percent)))
      set_text_scale(state, percent);
  }

  heading(kColours, 2);
  const struct { const char* id; const char* label; const char* description; } themes[] = {
      {"auto", "Match my device", "Light or dark, as your device is set."},
      {"light", "Light", "Dark text on a white background."},
      {"dark", "Dark", "Light text on a dark background."},
      {"high-contrast", "High contrast", "White and yellow on black, with strong outlines."},
  };
  for (const auto& t : themes)
    if (choice(kColours, t.label, t.description, settings.theme == t.id, std::string("theme-") + t.id))
      set_theme(state, t.id);

  heading("Motion", 2);
  bool reduce = settings.reduced_motion;
  if (checkbox("Reduce motion (capwalk also follows your device's setting)", reduce, "reduce-motion"))
    set_reduced_motion(state, reduce);

  drawing_line(host);
  gap(metrics().gap_small);
  heading("Your data", 2);
  if (state.kiosk.active) {
    paragraph("This is a shared device: your answers are kept in memory only, never saved on it, "
              "and are cleared when you finish or leave it. Nothing can be saved to or opened "
              "from this device.");
    gap(metrics().gap_medium);
    if (button("Back")) state.nav.back();
    return;
  }
  paragraph("capwalk keeps your assessments and settings in this browser on this device only. "
            "Some browsers delete what a site keeps if it is not used for a while, so save a "
            "backup file now and then. A backup file can be opened on another device.");
  backup_buttons(state, host);
  paragraph("Deleting your data cannot be undone.");
  if (state.screen.confirm_delete_all && escape_pressed()) state.screen.confirm_delete_all = false;
  if (!state.screen.confirm_delete_all) {
    if (button("Delete all my data")) state.screen.confirm_delete_all = true;
  } else {
    paragraph("Delete every assessment, plan and setting kept on this device?");
    switch (button_pair("Yes, delete everything", ButtonKind::Primary, "Keep my data", ButtonKind::Secondary)) {
      case 1:
        state.screen.confirm_delete_all = false;
        call(host.delete_all_data, state);
        return;
      case 2: state.screen.confirm_delete_all = false; break;
      default: break;
    }
  }
  gap(metrics().gap_medium);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
