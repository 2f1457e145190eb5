// app_screens.h — draws whichever screen the navigator is on.
#pragma once

#include "app/core/navigation.h"

namespace capwalk::ui {

// One function per screen, each in its own file.
void welcome_screen(Navigator& nav);
void choose_role_screen(Navigator& nav);

void draw_current_screen(Navigator& nav);

}  // namespace capwalk::ui
