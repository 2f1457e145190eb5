// accessibility_mirror.h — what is on the canvas, described for the DOM.
//
// A canvas is a picture: screen readers, keyboards and browser tests cannot see
// into it. Each frame the UI describes every item a person can read or operate as
// a `MirrorNode` (role, accessible name, state, rectangle in page coordinates), and
// an `AccessibilityMirror` keeps a parallel tree of real DOM elements in step with
// it. The web implementation lives in web/; `MemoryAccessibilityMirror` records
// what it was given, for tests.
//
// Coordinates are CSS pixels from the top-left of the page content (not of the
// viewport), so the DOM tree does not change when the page scrolls.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace capwalk::platform {

enum class MirrorRole : std::uint8_t {
  Heading,      // <h1>..<h6>
  Text,         // a paragraph of static text
  Button,
  Checkbox,
  Radio,        // grouped by `group` into a radiogroup named by that text
  TextBox,
  ProgressBar,
  Status,       // a message announced politely when it appears (role=status)
  Image,        // a picture with a text alternative (role=img)
  Link,         // <a href>: the browser itself opens the address (in a new tab)
};

const char* to_string(MirrorRole role);

struct MirrorRect {
  float x = 0, y = 0, width = 0, height = 0;
  bool operator==(const MirrorRect& o) const {
    return x == o.x && y == o.y && width == o.width && height == o.height;
  }
};

struct MirrorNode {
  std::uint32_t id = 0;         // stable across frames for the same item
  MirrorRole role = MirrorRole::Text;
  std::string name;             // the accessible name: the visible label
  int level = 0;                // heading level 1..6
  bool checked = false;         // checkbox and radio
  bool disabled = false;
  std::string value;            // text box contents, or a progress bar's text ("7 of 18")
  float value_now = 0, value_max = 0;  // progress bar
  std::string group;            // radio buttons: the question naming their group
  std::string description;      // more text read after the name (aria-describedby)
  bool multiline = false;       // text box: a <textarea>
  bool read_only = false;       // text box: can be selected and copied, not changed
  bool secret = false;          // text box: a PIN, shown as dots, digits keyboard
  std::size_t max_length = 0;   // text box: the most characters it takes (maxlength); 0: no limit
  std::string href;             // link: the address it opens
  std::string copies;           // button: the text it copies. The page copies it in the
                                // click itself: Safari allows the clipboard only there,
                                // and the app acts on a click a frame later
  MirrorRect rect;

  bool operator==(const MirrorNode& o) const;
};

struct MirrorSnapshot {
  std::string title;            // the document title for this screen
  float content_height = 0;     // CSS px: how tall the page is, for native scrolling
  std::vector<MirrorNode> nodes;  // in visual (and tab) order

  bool operator==(const MirrorSnapshot& o) const {
    return title == o.title && content_height == o.content_height && nodes == o.nodes;
  }
  bool operator!=(const MirrorSnapshot& o) const { return !(*this == o); }
};

// JSON for the page's glue script; rectangles rounded to 1/8 px.
std::string to_json(const MirrorSnapshot& snapshot);

// Dear ImGui labels carry hidden ids after "##" ("Delete##row3"): the accessible name
// is only the visible part, with surrounding spaces trimmed.
std::string visible_label(const char* label);

class AccessibilityMirror {
 public:
  virtual ~AccessibilityMirror() = default;
  // Called after a frame whose snapshot differs from the last one published.
  virtual void publish(const MirrorSnapshot& snapshot) = 0;
};

class MemoryAccessibilityMirror final : public AccessibilityMirror {
 public:
  void publish(const MirrorSnapshot& snapshot) override {
    last = snapshot;
    ++publish_count;
  }
  // The first node with this role and name, or nullptr.
  const MirrorNode* find(MirrorRole role, const std::string& name) const;

  MirrorSnapshot last;
  int publish_count = 0;
};

}  // namespace capwalk::platform
