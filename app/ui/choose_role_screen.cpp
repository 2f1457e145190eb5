// Choosing a role. For now it explains what comes next; the role list follows.
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void choose_role_screen(AppState& state) {
  heading("Choose your role", 1);
  paragraph(
      "Here you will pick the role closest to yours, such as receptionist, housing officer "
      "or pharmacist. capwalk then shows only the capabilities that role needs.");
  paragraph("Choosing a role is not ready yet in this version.");
  gap(16);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
