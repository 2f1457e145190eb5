#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>
#include <imgui_internal.h>  // FindRenderedTextEnd: the visible part of "label##id"

#include "app/core/qr.h"
#include "app/core/walkthrough.h"  // character_count_text
#include "fonts.h"
#include "mirror_capture.h"
#include "theme.h"

namespace capwalk::ui {

using platform::MirrorRole;

namespace {

struct Column {
  float left = 0;
  float width = 0;
  bool narrow = false;
};
Column g_column;

constexpr ImGuiWindowFlags kPageFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
    ImGuiWindowFlags_NoNav;

void wrapped_text(ImFont* font, const std::string& text, ImU32 colour, float scale = 1.0f) {
  ImGui::PushFont(font);
  ImGui::SetWindowFontScale(scale);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::SetCursorPosX(g_column.left);
  ImGui::PushTextWrapPos(g_column.left + g_column.width);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
}

// Large headings at large text sizes shrink, down to the body size, rather than
// break a long word ("development") across two lines on a phone.
float scale_to_fit_words(ImFont* font, const std::string& text) {
  float longest = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    longest = std::max(longest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + start,
                                                    text.data() + end).x);
    start = end + 1;
  }
  if (longest <= g_column.width) return 1.0f;
  return std::max(g_column.width / longest, fonts().body->FontSize / font->FontSize);
}

// An item a person operates, `size` CSS px, at the cursor. ImGui skips the rest of an
// item outside the visible slice, including the hook that names it for the mirror:
// such items are named here, so they stay reachable by keyboard and screen reader.
bool page_item(const std::string& label, const ImVec2& size) {
  const bool pressed = ImGui::InvisibleButton(label.c_str(), size);
  if (!ImGui::IsItemVisible()) mirror_capture().on_item_info(ImGui::GetItemID(), label.c_str(), 0);
  return pressed;
}

}  // namespace

void begin_page(const PageFrame& frame) {
  const Metrics& m = metrics();
  const float margin = frame.width < m.narrow_below ? m.margin_phone : m.margin_wide;
  g_column.width = std::min(m.column_max, std::max(0.0f, frame.width - 2 * margin));
  g_column.left = std::max(margin, (frame.width - g_column.width) / 2);
  g_column.narrow = frame.width < m.narrow_below;

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(frame.width, kPageLayoutHeight));
  ImGui::Begin("page", nullptr, kPageFlags);
  // Only the visible slice (and a margin) is drawn; see widgets.h. The margin is about
  // scrolling, not a size on the page, so it does not grow with the text.
  const float margin_y = 64;
  ImGui::PushClipRect(ImVec2(0, frame.scroll_y - margin_y),
                      ImVec2(frame.width, frame.scroll_y + frame.height + margin_y), false);
  ImGui::PushFont(fonts().body);
}

float end_page() {
  gap(metrics().gap * 2);
  const float height = ImGui::GetCursorPosY();
  ImGui::PopFont();
  ImGui::PopClipRect();
  ImGui::End();
  return height;
}

bool is_narrow() { return g_column.narrow; }

void product_band(const char* product_name, const std::string& organisation) {
  const Palette& p = palette();
  const Metrics& m = metrics();
  ImFont* band = fonts().band;
  ImFont* body = fonts().body;
  // The organisation's name goes beside the product's when it fits, else on lines of
  // its own below it, wrapped to the column: the band grows to hold it.
  const float product_width = band->CalcTextSizeA(band->FontSize, FLT_MAX, 0, product_name).x;
  const float beside_width = g_column.width - product_width - m.gap;
  const float organisation_width =
      organisation.empty() ? 0 : body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, organisation.c_str()).x;
  const bool beside = organisation_width <= beside_width;
  const float below_height =
      beside ? 0
             : body->CalcTextSizeA(body->FontSize, FLT_MAX, g_column.width, organisation.c_str()).y + m.gap;
  const float band_height = m.band_height + below_height;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  draw->AddRectFilled(ImVec2(0, origin.y), ImVec2(ImGui::GetWindowWidth(), origin.y + band_height), p.band);
  ImGui::PushStyleColor(ImGuiCol_Text, p.band_text);
  ImGui::PushFont(band);
  ImGui::SetCursorPos(ImVec2(g_column.left, (m.band_height - band->FontSize) / 2));
  ImGui::TextUnformatted(product_name);
  ImGui::PopFont();
  if (!organisation.empty()) {
    const float x = beside ? g_column.left + g_column.width - organisation_width : g_column.left;
    const float y = beside ? (m.band_height - body->FontSize) / 2 : m.band_height - m.gap_small;
    ImGui::SetCursorPos(ImVec2(x, y));
    ImGui::PushTextWrapPos(g_column.left + g_column.width);
    ImGui::TextUnformatted(organisation.c_str());
    ImGui::PopTextWrapPos();
    mirror_capture().add_last_item_as(MirrorRole::Text, organisation);
  }
  ImGui::PopStyleColor();
  ImGui::SetCursorPosY(band_height);
  gap(is_narrow() ? m.gap : m.gap * 2);  // a phone's screen has less room to spare
}

void heading(const std::string& text, int level) {
  ImFont* font = level <= 1 ? fonts().title : level == 2 ? fonts().heading : fonts().body_strong;
  wrapped_text(font, text, palette().text, scale_to_fit_words(font, text));
  mirror_capture().add_last_item_as(MirrorRole::Heading, text, level);
}

void name_heading(const std::string& text) {
  ImFont* font = is_narrow() ? fonts().heading : fonts().title;
  wrapped_text(font, text, palette().text, scale_to_fit_words(font, text));
  mirror_capture().add_last_item_as(MirrorRole::Heading, text, 1);
}

void paragraph(const std::string& text) {
  wrapped_text(fonts().body, text, palette().text);
  mirror_capture().add_last_item_as(MirrorRole::Text, text);
}

void strong_paragraph(const std::string& text) {
  wrapped_text(fonts().body_strong, text, palette().text);
  mirror_capture().add_last_item_as(MirrorRole::Text, text);
}

void gap(float px) { ImGui::Dummy(ImVec2(0, px)); }

void note(const std::string& text) {
  wrapped_text(fonts().body, text, palette().text_secondary);
  mirror_capture().add_last_item_as(MirrorRole::Text, text);
}

void bullet(const std::string& text) {
  const float indent = metrics().marker;  // the dot is drawn in a 22-unit square
  ImGui::PushFont(fonts().body);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(start.x + g_column.left + indent * 6 / 22, start.y + ImGui::GetFontSize() * 0.55f),
      indent * 3.5f / 22, palette().text);
  ImGui::PopFont();
  g_column.left += indent;
  g_column.width -= indent;
  paragraph(text);
  g_column.left -= indent;
  g_column.width += indent;
  // The items of a list sit closer together than paragraphs do.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (metrics().gap_medium - metrics().gap_small));
}

void status_message(const std::string& text) {
  const Palette& p = palette();
  const float pad = metrics().gap_label, bar = 5;  // the bar is a border: it stays thin
  ImFont* font = fonts().body;
  const float text_width = g_column.width - 2 * pad - bar;
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, text_width, text.c_str());
  const float height = size.y + 2 * pad;
  ImGui::SetCursorPosX(g_column.left);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(g_column.width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + g_column.width, min.y + height), p.status_bg);
  draw->AddRectFilled(min, ImVec2(min.x + bar, min.y + height), p.status_bar);
  draw->AddText(font, font->FontSize, ImVec2(min.x + bar + pad, min.y + pad), p.text, text.c_str(),
                nullptr, text_width);
  mirror_capture().add_last_item_as(MirrorRole::Status, text);
}

namespace {

// Draws a card's box, label and description; `indent` leaves room for a marker.
struct CardLayout {
  float height, text_x, text_width, label_height;
};

CardLayout card_layout(const std::string& label, const std::string& description, float indent) {
  const Metrics& m = metrics();
  const float pad = m.gap;
  ImFont* strong = fonts().body_strong;
  ImFont* body = fonts().body;
  CardLayout l;
  l.text_x = pad + indent;
  l.text_width = g_column.width - l.text_x - pad - (indent > 0 ? 0 : m.gap + m.gap_small);  // the chevron's room
  l.label_height = strong->CalcTextSizeA(strong->FontSize, FLT_MAX, l.text_width, label.c_str()).y;
  const float desc_height = description.empty() ? 0
      : m.gap_tight + body->CalcTextSizeA(body->FontSize, FLT_MAX, l.text_width, description.c_str()).y;
  l.height = std::max(m.control_height + m.gap_small, 2 * pad + l.label_height + desc_height);
  return l;
}

void draw_card_text(const ImVec2& min, const CardLayout& l, const std::string& label,
                    const std::string& description) {
  const float pad = metrics().gap;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(fonts().body_strong, fonts().body_strong->FontSize, ImVec2(min.x + l.text_x, min.y + pad),
                palette().text, label.c_str(), nullptr, l.text_width);
  if (!description.empty())
    draw->AddText(fonts().body, fonts().body->FontSize,
                  ImVec2(min.x + l.text_x, min.y + pad + l.label_height + metrics().gap_tight), palette().text_secondary,
                  description.c_str(), nullptr, l.text_width);
}

}  // namespace

bool card_button(const std::string& label, const std::string& description, const std::string& id) {
  const Palette& p = palette();
  const CardLayout l = card_layout(label, description, 0);
  ImGui::SetCursorPosX(g_column.left);
  if (!description.empty()) mirror_capture().next_item_as(MirrorRole::Button, false, {}, description);
  const bool pressed = page_item(label + "##" + id, ImVec2(g_column.width, l.height));
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ImGui::IsItemHovered() ? p.card_hover : p.page, 6);
  draw->AddRect(min, max, p.card_border, 6, 0, 1.5f);
  // A chevron on the right says "this opens something"; drawn for a 22 px marker.
  const float u = metrics().marker / 22;
  const float cx = max.x - 22 * u, cy = (min.y + max.y) / 2;
  draw->AddLine(ImVec2(cx - 4 * u, cy - 7 * u), ImVec2(cx + 3 * u, cy), p.text, 2.5f);
  draw->AddLine(ImVec2(cx + 3 * u, cy), ImVec2(cx - 4 * u, cy + 7 * u), p.text, 2.5f);
  draw_card_text(min, l, label, description);
  return pressed;
}

namespace {

// A choice card; `drawn` is the description shown on it (the mirror has `description`).
bool choice_card(const std::string& question, const std::string& label, const std::string& description,
                 const std::string& drawn, bool selected, const std::string& id, float min_height, float pad) {
  const Palette& p = palette();
  const Metrics& m = metrics();
  const float radius = m.marker / 2, border = selected ? 3.0f : 1.5f;
  ImFont* strong = fonts().body_strong;
  ImFont* body = fonts().body;
  const float text_x = pad + 2 * radius + m.gap_label;
  const float text_width = g_column.width - text_x - pad;
  const ImVec2 label_size = strong->CalcTextSizeA(strong->FontSize, FLT_MAX, text_width, label.c_str());
  const ImVec2 desc_size = drawn.empty() ? ImVec2(0, 0)
      : body->CalcTextSizeA(body->FontSize, FLT_MAX, text_width, drawn.c_str());
  const float height = std::max(min_height,
                                2 * pad + label_size.y + (drawn.empty() ? 0 : m.gap_tight + desc_size.y));

  ImGui::SetCursorPosX(g_column.left);
  mirror_capture().next_item_as(MirrorRole::Radio, selected, question, description);
  const bool pressed = page_item(label + "##" + id, ImVec2(g_column.width, height));
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 fill = selected ? p.card_selected : hovered ? p.card_hover : p.page;
  draw->AddRectFilled(min, max, fill, 6);
  draw->AddRect(ImVec2(min.x + border / 2, min.y + border / 2), ImVec2(max.x - border / 2, max.y - border / 2),
                selected ? p.primary : p.card_border, 6, 0, border);
  const ImVec2 centre(min.x + pad + radius, min.y + pad + strong->FontSize / 2);
  draw->AddCircle(centre, radius, p.text, 0, 2.0f);
  if (selected) draw->AddCircleFilled(centre, radius * 6 / 11, p.text);  // a dot of 6 in 11
  draw->AddText(strong, strong->FontSize, ImVec2(min.x + text_x, min.y + pad), p.text, label.c_str(),
                nullptr, text_width);
  if (!drawn.empty())
    draw->AddText(body, body->FontSize, ImVec2(min.x + text_x, min.y + pad + label_size.y + m.gap_tight),
                  p.text_secondary, drawn.c_str(), nullptr, text_width);
  return pressed;
}

// The keyboard focus whose explanation compact choices show. A click moves the DOM
// focus at once (and it is not a keyboard focus), which would fold the explanation and
// move the options under the pointer between press and release, so the click would
// miss: while a click is under way, and in the frame it ends, the last one stays.
std::uint32_t shown_focus() {
  static std::uint32_t shown = 0;
  const std::uint32_t now = mirror_capture().keyboard_focus();
  if (now != 0 || (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseReleased(ImGuiMouseButton_Left)))
    shown = now;
  return shown;
}

}  // namespace

bool choice(const std::string& question, const std::string& label,
            const std::string& description, bool selected, const std::string& id) {
  return choice_card(question, label, description, description, selected, id,
                     metrics().control_height + metrics().gap_small, metrics().gap);
}

bool compact_choice(const std::string& question, const std::string& label,
                    const std::string& description, bool selected, const std::string& id) {
  // The id page_item() gives the card, to compare with the item the DOM has focused.
  const bool focused = shown_focus() == ImGui::GetID((label + "##" + id).c_str());
  // A one-line card is control_height tall (at least 44 px at any text size), its
  // label centred in it.
  const float pad = std::max(metrics().gap_tight, (metrics().control_height - fonts().body_strong->FontSize) / 2);
  return choice_card(question, label, description, selected || focused ? description : std::string(),
                     selected, id, metrics().control_height, std::min(pad, metrics().gap));
}

void begin_compact_choices() {
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, metrics().gap_tight));
}

void end_compact_choices() {
  ImGui::PopStyleVar();
  gap(metrics().gap_small - metrics().gap_tight);  // a little more after the last one
}

namespace {

// The width a button's label needs on one line, with padding.
float label_width(const char* label) {
  ImFont* font = fonts().body_strong;
  const char* end = ImGui::FindRenderedTextEnd(label);
  const float text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label, end).x;
  // A little slack: wrapping measures word by word and would otherwise break a label
  // that fits exactly.
  return std::ceil(text) + 2 + 2 * ImGui::GetStyle().FramePadding.x;
}

// The width a button would like: its label on one line, and never too small a target.
float natural_button_width(const char* label) { return std::max(label_width(label), metrics().button_min_width); }

// Each line of `text`, wrapped to the box's width less padding and centred in it.
void draw_centred_lines(ImFont* font, const char* text, const char* end, const ImVec2& min,
                        const ImVec2& max, float pad_x, ImU32 colour) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float wrap = max.x - min.x - 2 * pad_x;
  const float line_height = font->FontSize;
  const ImVec2 whole = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text, end);
  float y = min.y + std::floor((max.y - min.y - whole.y) / 2);
  for (const char* line = text; line < end;) {
    const char* line_end = font->CalcWordWrapPositionA(1.0f, line, end, wrap);
    if (line_end == line) ++line_end;  // a single glyph wider than the button
    const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line, line_end).x;
    draw->AddText(font, font->FontSize, ImVec2(std::floor(min.x + (max.x - min.x - w) / 2), y),
                  colour, line, line_end);
    y += line_height;
    line = line_end;
    while (line < end && (*line == ' ' || *line == '\n')) ++line;
  }
}

}  // namespace

bool button(const char* label, ButtonKind kind) {
  const Palette& p = palette();
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool primary = kind == ButtonKind::Primary;
  ImFont* font = fonts().body_strong;
  // A long label at a large text size wraps onto more lines; it is never cut off.
  const float width = is_narrow() ? g_column.width
                                  : std::min(natural_button_width(label), g_column.width);
  const char* end = ImGui::FindRenderedTextEnd(label);
  const float text_height =
      font->CalcTextSizeA(font->FontSize, FLT_MAX, width - 2 * style.FramePadding.x, label, end).y;
  const float height = std::max(metrics().control_height, text_height + 2 * style.FramePadding.y);
  ImGui::SetCursorPosX(g_column.left);
  const bool pressed = page_item(label, ImVec2(width, height));

  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const bool held = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
  const ImU32 fill = primary ? (held ? p.primary_active : hovered ? p.primary_hover : p.primary)
                             : (held ? p.secondary_active : hovered ? p.secondary_hover : p.secondary);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, fill, style.FrameRounding);
  if (!primary) draw->AddRect(min, max, p.secondary_border, style.FrameRounding, 0, 1.5f);
  draw_centred_lines(font, label, end, min, max, style.FramePadding.x,
                     primary ? p.primary_text : p.secondary_text);
  return pressed;
}

bool link(const std::string& title, const std::string& url, const std::string& id) {
  const Metrics& m = metrics();
  ImFont* font = fonts().body;
  const char* text = title.c_str();
  const char* end = text + title.size();
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, g_column.width, text, end);
  const float height = std::max(m.control_height, size.y + 2 * m.pad_link);
  ImGui::SetCursorPosX(g_column.left);
  mirror_capture().next_item_is_link(url);
  const bool pressed = page_item(title + "##" + id, ImVec2(std::max(std::ceil(size.x), m.control_height), height));
  // Underlined, half-way into the descenders; thicker under the pointer. Line widths
  // are drawn as they are, like CSS borders.
  const float thickness = ImGui::IsItemHovered() ? 3.0f : 1.0f;
  const float underline = font->Ascent - font->Descent / 2;
  const ImU32 colour = palette().link;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetItemRectMin();
  float y = min.y + std::floor((height - size.y) / 2);
  for (const char* line = text; line < end; y += font->FontSize) {
    const char* line_end = font->CalcWordWrapPositionA(1.0f, line, end, g_column.width);
    if (line_end == line) ++line_end;  // a single glyph wider than the column
    const float width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line, line_end).x;
    draw->AddText(font, font->FontSize, ImVec2(min.x, y), colour, line, line_end);
    draw->AddLine(ImVec2(min.x, y + underline), ImVec2(min.x + width, y + underline), colour, thickness);
    line = line_end;
    while (line < end && (*line == ' ' || *line == '\n')) ++line;
  }
  return pressed;
}

}  // namespace capwalk::ui

namespace capwalk::ui {

void draw_focus_indicator() {
  platform::MirrorRect r;
  if (!mirror_capture().keyboard_focus_rect(r)) return;
  const Palette& p = palette();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const ImVec2 min(r.x, r.y), max(r.x + r.width, r.y + r.height);
  const float rounding = ImGui::GetStyle().FrameRounding;
  // Inner ring 3 px just inside the item's edge, outer ring 3 px just outside it.
  draw->AddRect(ImVec2(min.x + 1.5f, min.y + 1.5f), ImVec2(max.x - 1.5f, max.y - 1.5f),
                p.focus_inner, rounding, 0, 3.0f);
  draw->AddRect(ImVec2(min.x - 1.5f, min.y - 1.5f), ImVec2(max.x + 1.5f, max.y + 1.5f),
                p.focus, rounding + 2, 0, 3.0f);
}

bool escape_pressed() { return ImGui::IsKeyPressed(ImGuiKey_Escape, false); }

float column_width() { return g_column.width; }
float column_left() { return g_column.left; }

namespace {
bool any_text_field(const std::string& label, std::string& value, const std::string& id,
                    bool multiline, const std::string& hint, bool secret, std::size_t max_characters) {
  const Palette& p = palette();
  ImGui::PushFont(fonts().body_strong);
  wrapped_text(fonts().body_strong, label, p.text);
  ImGui::PopFont();
  if (!hint.empty()) note(hint);
  const float height = multiline ? metrics().text_area_height : metrics().control_height;
  ImGui::SetCursorPosX(g_column.left);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(g_column.width, height));
  const ImVec2 max(min.x + g_column.width, min.y + height);
  // The DOM field draws itself over this frame (with the text, the caret and the
  // selection); the frame is what shows while the page is loading or redrawing.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, p.page, 4);
  draw->AddRect(min, max, p.text, 4, 0, 2.0f);
  const std::uint32_t node_id = ImGui::GetID(id.c_str());
  const bool changed = mirror_capture().take_text(node_id, value);
  mirror_capture().add_text_field(node_id, label, value, min.x, min.y, max.x, max.y, multiline,
                                  false, secret, max_characters);
  if (max_characters > 0) note(character_count_text(value, max_characters));
  return changed;
}
}  // namespace

bool text_field(const std::string& label, std::string& value, const std::string& id,
                bool multiline, const std::string& hint, std::size_t max_characters) {
  return any_text_field(label, value, id, multiline, hint, false, max_characters);
}

bool pin_field(const std::string& label, std::string& value, const std::string& id) {
  return any_text_field(label, value, id, false, {}, true, 0);
}

void read_only_field(const std::string& label, const std::string& value, const std::string& id,
                     float height) {
  const Palette& p = palette();
  wrapped_text(fonts().body_strong, label, p.text);
  ImGui::SetCursorPosX(g_column.left);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(g_column.width, height));
  const ImVec2 max(min.x + g_column.width, min.y + height);
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, p.secondary, 4);
  ImGui::GetWindowDrawList()->AddRect(min, max, p.card_border, 4, 0, 1.5f);
  mirror_capture().add_text_field(ImGui::GetID(id.c_str()), label, value, min.x, min.y, max.x, max.y,
                                  true, true);
}

bool qr_code(const std::string& text, float size) {
  const QrGrid grid = make_qr(text);
  if (grid.size == 0) return false;
  ImGui::SetCursorPosX(g_column.left);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // Always black on white, whatever the theme: that is what scanners read best.
  draw->AddRectFilled(min, ImVec2(min.x + size, min.y + size), IM_COL32_WHITE);
  const float module = std::floor(size / static_cast<float>(grid.size + 8));
  const float offset = std::floor((size - module * static_cast<float>(grid.size)) / 2);
  for (int y = 0; y < grid.size; ++y)
    for (int x = 0; x < grid.size; ++x)
      if (grid.at(x, y)) {
        const ImVec2 a(min.x + offset + module * static_cast<float>(x), min.y + offset + module * static_cast<float>(y));
        draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
      }
  platform::MirrorNode node;
  node.id = ImGui::GetID("qr-code");
  node.role = MirrorRole::Image;
  node.name = "QR code of the link";
  mirror_capture().add_node_at_last_item(std::move(node));
  return true;
}

void progress(const std::string& label, int done, int total) {
  const Palette& p = palette();
  const std::string text = std::to_string(done) + " of " + std::to_string(total);
  ImGui::SetCursorPosX(g_column.left);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float bar_height = metrics().bar_height;
  ImGui::Dummy(ImVec2(g_column.width, bar_height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float fraction = total > 0 ? static_cast<float>(done) / total : 0.0f;
  const float round = bar_height / 2;  // round ends
  draw->AddRectFilled(min, ImVec2(min.x + g_column.width, min.y + bar_height), p.secondary_hover, round);
  if (fraction > 0)
    draw->AddRectFilled(min, ImVec2(min.x + g_column.width * fraction, min.y + bar_height), p.primary, round);
  draw->AddRect(min, ImVec2(min.x + g_column.width, min.y + bar_height), p.card_border, round);
  platform::MirrorNode node;
  node.id = ImGui::GetID(("progress:" + label).c_str());
  node.role = MirrorRole::ProgressBar;
  node.name = label;
  node.value = text;
  node.value_now = static_cast<float>(done);
  node.value_max = static_cast<float>(total);
  mirror_capture().add_node_at_last_item(std::move(node));
}

int button_pair(const char* first, ButtonKind first_kind, const char* second,
                ButtonKind second_kind, bool halves_on_phones) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (is_narrow() && halves_on_phones) {
    const float half = std::floor((g_column.width - spacing) / 2);
    if (label_width(first) <= half && label_width(second) <= half) {
      // Narrow buttons take the column's width (button()), so each is drawn in a half column.
      const float left = g_column.left, width = g_column.width;
      g_column.width = half;
      int pressed = button(first, first_kind) ? 1 : 0;
      ImGui::SameLine();
      g_column.left = left + half + spacing;
      if (button(second, second_kind)) pressed = 2;
      g_column.left = left;
      g_column.width = width;
      return pressed;
    }
  }
  // Side by side only when both fit on one line at the current text size.
  const float both = natural_button_width(first) + spacing + natural_button_width(second);
  if (is_narrow() || both > g_column.width) {
    if (button(first, first_kind)) return 1;
    return button(second, second_kind) ? 2 : 0;
  }
  int pressed = button(first, first_kind) ? 1 : 0;
  ImGui::SameLine();
  const float x = ImGui::GetCursorPosX();
  const float left = g_column.left;
  g_column.left = x;
  if (button(second, second_kind)) pressed = 2;
  g_column.left = left;
  return pressed;
}

bool checkbox(const std::string& label, bool& value, const std::string& id) {
  const Palette& p = palette();
  const Metrics& m = metrics();
  const float pad = m.pad_checkbox, box = m.checkbox;
  ImFont* font = fonts().body;
  const float text_x = box + m.gap_label;
  const float text_width = g_column.width - text_x;
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, text_width, label.c_str());
  const float height = std::max(m.control_height, size.y + 2 * pad);
  ImGui::SetCursorPosX(g_column.left);
  mirror_capture().next_item_as(MirrorRole::Checkbox, value);
  const bool pressed = page_item(label + "##" + id, ImVec2(g_column.width, height));
  if (pressed) value = !value;
  const ImVec2 min = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 box_min(min.x, min.y + (height - box) / 2), box_max(box_min.x + box, box_min.y + box);
  if (ImGui::IsItemHovered()) draw->AddRectFilled(box_min, box_max, p.card_hover, 3);
  draw->AddRect(box_min, box_max, p.text, 3, 0, 2.5f);
  if (value) {  // the tick is drawn on the box's 28-unit grid
    const float u = box / 28;
    const ImVec2 a(box_min.x + 6 * u, box_min.y + 14 * u), b(box_min.x + 12 * u, box_min.y + 20 * u),
        c(box_min.x + 22 * u, box_min.y + 8 * u);
    draw->AddLine(a, b, p.text, 3.5f);
    draw->AddLine(b, c, p.text, 3.5f);
  }
  draw->AddText(font, font->FontSize, ImVec2(min.x + text_x, min.y + (height - size.y) / 2), p.text,
                label.c_str(), nullptr, text_width);
  return pressed;
}

}  // namespace capwalk::ui
