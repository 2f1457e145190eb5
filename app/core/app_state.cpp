#include "app_state.h"

namespace capwalk {

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

}  // namespace capwalk
