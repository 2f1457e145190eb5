// widgets.h — the few building blocks every screen is made of.
//
// Each one draws with ImGui and, where ImGui's hooks cannot know what the item
// means (a heading, a paragraph, a radio button), tells the accessibility mirror.
// Buttons need nothing extra: the hooks see them.
//
// A page is drawn between begin_page() and end_page(): one full-page ImGui window
// that scrolls with the browser's own scrolling, and a centred reading column.
#pragma once

#include <string>

namespace capwalk::ui {

struct PageFrame {
  float width = 0, height = 0;  // the viewport, CSS px
  float scroll_y = 0;           // how far the page is scrolled
};

void begin_page(const PageFrame& frame);
// Returns the height of everything drawn, CSS px.
float end_page();

// True when the column is phone-narrow: buttons then take the full width.
bool is_narrow();

void product_band(const char* product_name);
void heading(const std::string& text, int level);
void paragraph(const std::string& text);
void gap(float px);

enum class ButtonKind { Primary, Secondary };
// A labelled button at least 48 px tall; returns true when pressed.
bool button(const char* label, ButtonKind kind = ButtonKind::Secondary);

}  // namespace capwalk::ui
