#include "app_screens.h"

#include "widgets.h"

namespace capwalk::ui {

void (*request_framework_file)() = nullptr;

void draw_current_screen(AppState& state) {
  product_band("capwalk");
  switch (state.nav.current()) {
    case Screen::Welcome: welcome_screen(state); break;
    case Screen::ChooseFramework: choose_framework_screen(state); break;
    case Screen::FrameworkFileProblems: framework_file_problems_screen(state); break;
    case Screen::ChooseRole: choose_role_screen(state); break;
  }
}

}  // namespace capwalk::ui
