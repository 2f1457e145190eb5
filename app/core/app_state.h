// app_state.h — everything the screens read and change, in one plain struct.
//
// Screens (app/ui) draw from this and call core functions on it; nothing here
// knows about ImGui or the browser.
#pragma once

#include <optional>
#include <string>

#include "framework_library.h"
#include "navigation.h"

namespace capwalk {

struct AppState {
  Navigator nav;
  FrameworkLibrary library;
  std::string chosen_framework = "core";      // the framework the assessment will use
  std::optional<FileImport> last_file_import;  // the outcome of the last opened file
};

// Takes a framework file the person opened: on success it becomes the chosen framework
// and the framework list shows the outcome; on failure the problems screen does.
void open_framework_file(AppState& state, const std::string& file_name, const std::string& text);

}  // namespace capwalk
