// widgets.h — the few building blocks every screen is made of.
//
// Each one draws with ImGui and, where ImGui's hooks cannot know what the item
// means (a heading, a paragraph, a radio button), tells the accessibility mirror.
// Buttons need nothing extra: the hooks see them.
//
// A page is drawn between begin_page() and end_page(): one ImGui window as tall as
// the whole page, in page coordinates, with a centred reading column. The browser
// scrolls the page; main.cpp shows the visible slice (see kPageLayoutHeight).
//
// Laying out the whole page, not only the visible part, matters: every item must be
// in the accessibility mirror, so a screen reader can reach it and the browser can
// scroll to it. Drawing, though, is clipped to the visible slice, so a long page (96
// results, a team of 20) costs per frame about what a short one does; items outside
// it are named for the mirror by the widgets themselves (see page_item()).
#pragma once

#include <cstddef>
#include <string>

#include "theme.h"  // metrics(): the sizes screens space and draw with

namespace capwalk::ui {

// ImGui's display is this tall so that nothing on a page is ever clipped away.
constexpr float kPageLayoutHeight = 100000.0f;

struct PageFrame {
  float width = 0, height = 0;  // the viewport, CSS px
  float scroll_y = 0;           // how far the page is scrolled: the visible slice starts here
};

void begin_page(const PageFrame& frame);
// Returns the height of everything drawn, CSS px.
float end_page();

// True when the column is phone-narrow: buttons then take the full width.
bool is_narrow();

// The band across the top: the product's name, and the organisation's when this copy
// was deployed for one (beside it when it fits, else on a line of its own).
void product_band(const char* product_name, const std::string& organisation = {});
void heading(const std::string& text, int level);
// A level-1 heading that is a long name (a capability's): on phones it is drawn at the
// level-2 size, so a four-line name takes three lines and the page's question comes sooner.
void name_heading(const std::string& text);
void paragraph(const std::string& text);
// A paragraph in bold: what a reader should notice first ("In crisis services this
// matters most"), without a box or an announcement.
void strong_paragraph(const std::string& text);
void gap(float px);

// Smaller, secondary-coloured text (notes under a choice, attributions).
void note(const std::string& text);
// A bulleted list item.
void bullet(const std::string& text);
// A highlighted message, announced by screen readers when it appears.
void status_message(const std::string& text);

// One option of a single-choice question, drawn as a card the width of the column:
// a radio circle, a bold label and an optional description. `id` keeps it apart
// from other options with the same label. Returns true when chosen.
bool choice(const std::string& question, const std::string& label,
            const std::string& description, bool selected, const std::string& id);
// The same, one line tall (control_height) unless it is chosen or has the keyboard
// focus: only then is its description drawn (screen readers always hear it), so a
// long list of options with explanations (the ratings) fits a phone's screen. Draw a
// question's compact choices between begin_compact_choices() and end_compact_choices(),
// which set them closer together.
bool compact_choice(const std::string& question, const std::string& label,
                    const std::string& description, bool selected, const std::string& id);
void begin_compact_choices();
void end_compact_choices();

// A labelled text field. The typing happens in a real DOM field placed over it;
// returns true when `value` changed this frame. With `max_characters`, the field takes
// no more (counted as walkthrough.h counts them) and a counter under it says how many
// are used ("120 of 500 characters").
bool text_field(const std::string& label, std::string& value, const std::string& id,
                bool multiline = false, const std::string& hint = {}, std::size_t max_characters = 0);
// The same for a PIN: shown as dots, with a digits keyboard on phones.
bool pin_field(const std::string& label, std::string& value, const std::string& id);

// Text that can be selected and copied but not changed (a share link), in a field.
void read_only_field(const std::string& label, const std::string& value, const std::string& id,
                     float height);

// A QR code of `text`, `size` CSS px wide with its quiet zone, labelled for screen
// readers; false (and nothing drawn) when the text is too long for one.
bool qr_code(const std::string& text, float size);

// A thin progress bar with its text ("7 of 18"), also a progressbar in the mirror.
void progress(const std::string& label, int done, int total);

// A full-width card that acts as a button: a bold label, an optional description
// and an arrow, for lists of things to open (roles, capabilities, saved assessments).
bool card_button(const std::string& label, const std::string& description, const std::string& id);

// A link: `title` as wrapped, underlined text in the link colour, its target the whole
// text and at least control_height tall. It opens nothing itself: on the page the
// mirror puts a real <a href target=_blank> over it, and the browser's own anchor opens
// `url`, which popup blockers let through and where middle-click, long-press and "open
// in new tab" work as on any page. True when clicked in ImGui, for the screen to note.
bool link(const std::string& title, const std::string& url, const std::string& id);

enum class ButtonKind { Primary, Secondary };
// A labelled button at least 48 px tall; returns true when pressed.
bool button(const char* label, ButtonKind kind = ButtonKind::Secondary);
// Two buttons side by side on wide screens, stacked on phones. Returns 1 or 2 when
// the first or second was pressed, else 0. With `halves_on_phones`, a phone puts them
// side by side too, each half the column, when both labels fit on one line there (Back
// and Next under a question: one row instead of two).
int button_pair(const char* first, ButtonKind first_kind, const char* second,
                ButtonKind second_kind, bool halves_on_phones = false);
// A labelled checkbox with a large target.
bool checkbox(const std::string& label, bool& value, const std::string& id);

// The keyboard focus indicator, drawn over everything around the item whose DOM
// counterpart has the focus: a dark inner ring and a bright outer ring, so it shows
// on any colour. Call after the screen is drawn.
void draw_focus_indicator();

// True in the frame Escape was pressed: closes a question such as "Delete it?".
bool escape_pressed();

// The column's width, for screens that draw their own things (charts).
float column_width();
float column_left();

}  // namespace capwalk::ui
