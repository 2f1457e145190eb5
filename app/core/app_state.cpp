#include "app_state.h"

#include "sharing.h"

#include "backup.h"

namespace capwalk {

void open_file(AppState& state, const std::string& file_name, const std::string& text) {
  // A file dropped on a kiosk is ignored: it may be one an earlier person left there.
  if (!kiosk_allows(state.kiosk.active, KioskAction::OpenFile)) return;
  if (state.next_file_is_links) {
    state.next_file_is_links = false;
    add_links_file(state, file_name, text);
    return;
  }
  const bool looks_like_backup = text.find("\"app\"") != std::string::npos &&
                                 text.find("\"capwalk\"") != std::string::npos &&
                                 text.find("\"checksum\"") != std::string::npos;
  if (state.next_file_is_backup || looks_like_backup) {
    state.next_file_is_backup = false;
    const BackupMerge merged = merge_backup(state.stored, text);
    if (merged.added || merged.kept_both) ++state.changes;
    state.backup_notice = merged.message;
    state.nav.go(Screen::Settings);
    return;
  }
  open_framework_file(state, file_name, text);
}

void open_framework_file(AppState& state, const std::string& file_name, const std::string& text) {
  FileImport result = state.library.import_file(file_name, text);
  if (result.added) {
    state.chosen_framework = result.framework_id;
    if (state.nav.current() == Screen::FrameworkFileProblems) state.nav.back();
    state.nav.go(Screen::ChooseFramework);
  } else {
    state.nav.go(Screen::FrameworkFileProblems);
  }
  state.last_file_import = std::move(result);
}

std::vector<Problem> use_organisation_file(AppState& state, std::string_view text) {
  std::vector<Problem> problems = state.library.set_organisation(text);
  const Organisation* org = state.library.organisation();
  if (!org) {
    state.organisation_banner = organisation_file_banner(problems);
    return problems;
  }
  if (!org->default_framework.empty() && state.library.find(org->default_framework))
    state.chosen_framework = org->default_framework;
  else if (!org->offers_framework(state.chosen_framework) && !org->frameworks.empty())
    state.chosen_framework = org->frameworks.front();
  return problems;
}

}  // namespace capwalk
