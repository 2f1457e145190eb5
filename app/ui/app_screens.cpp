#include "app_screens.h"

#include "widgets.h"

namespace capwalk::ui {

void draw_current_screen(Navigator& nav) {
  product_band("capwalk");
  switch (nav.current()) {
    case Screen::Welcome: welcome_screen(nav); break;
    case Screen::ChooseRole: choose_role_screen(nav); break;
  }
}

}  // namespace capwalk::ui
