#include "page_events.h"

#include "shipped_files.h"

#include "sharing.h"
#include "supervision.h"

namespace capwalk {

namespace {
// What the person is told after "Copy link".
const char* const kLinkCopied = "Link copied. You can paste it into an email or message.";
const char* const kLinkNotCopied =
    "Your browser did not let capwalk copy the link. Select the link above and copy it yourself.";
}  // namespace

bool apply_page_event(AppState& state, KeptData& kept, const PageEvent& event, std::int64_t now_ms) {
  using Kind = PageEvent::Kind;
  switch (event.kind) {
    case Kind::LinkOpened: {
      // "v=CODE" is a manager's reply; anything else a results link's code.
      const std::string_view text = event.text;
      if (text.substr(0, 2) == "v=") open_reply_link(state, std::string(text.substr(2)), now_ms);
      else if (!text.empty()) open_share_link(state, std::string(text.substr(0, 2) == "r=" ? text.substr(2) : text));
      return true;
    }
    case Kind::FileOpened: open_file(state, event.name, event.text); return true;
    case Kind::Copied: state.sharing.notice = event.flag ? kLinkCopied : kLinkNotCopied; return true;
    case Kind::IdleWarning: state.kiosk.warning_left = event.number; return true;
    case Kind::UpdateReady: state.update_ready = true; return true;
    case Kind::FileFetched: add_shipped_file(state, event.name, event.text, event.flag); return true;
    case Kind::StorageChanged:
      take_other_tab_change(state, kept, event.key, event.flag, now_ms);
      return true;
    default: return false;
  }
}

bool end_of_frame(AppState& state, unsigned screen_changes) {
  if (state.nav.changes() == screen_changes) return false;
  state.other_tab_notice.clear();
  return true;
}

}  // namespace capwalk
