// Sharing results with a manager: a link that carries them (no server ever sees it),
// ways to send it, and a QR code for taking it to a phone.
#include <cctype>

#include "app/core/sharing.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

std::string percent_encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

void share_screen(AppState& state, const Host& host) {
  SharingState& sharing = state.sharing;
  const Assessment* a = current_assessment(state);
  if (!a) {
    state.nav.restart();
    return;
  }
  heading("Share your results", 1);
  paragraph("Send this link to your manager, or anyone you choose. When they open it, capwalk "
            "shows them your results on their own device.");
  bool notes = sharing.include_notes;
  if (checkbox("Include my private notes and my plan", notes, "include-notes")) {
    sharing.include_notes = notes;
    sharing.notice.clear();
  }
  const ShareOffer offer = share_offer(state, call(host.page_url));
  const std::string& link = offer.link;
  const bool with_notes = sharing.include_notes && !offer.notes_left_out;
  if (offer.notes_left_out)
    status_message("Your notes and plan are too long to fit in a link, so this link leaves them out. "
                   "Shorten them to include them.");
  note(with_notes
           ? "The link contains your role, tier, ratings, training requests, your private notes and your plan. Anyone who has the link can read them."
           : "The link contains your role, tier, ratings and training requests, not your notes. Anyone who has the link can read them.");
  note("Nothing is sent anywhere by capwalk: the results are inside the link itself.");
  gap(metrics().gap_tight);
  read_only_field("Your link", link, "share-link", link.size() > 200 ? metrics().text_area_height : metrics().link_height);
  if (!sharing.notice.empty()) status_message(sharing.notice);
  const bool kiosk = state.kiosk.active;
  if (kiosk_allows(kiosk, KioskAction::CopyLink)) {
    gap(metrics().gap_small);
    if (button("Copy link", ButtonKind::Primary)) call(host.copy_text, link);
  }
  if (kiosk_allows(kiosk, KioskAction::EmailLink)) {
    gap(metrics().gap_small);
    if (button("Email the link"))
      call(host.open_link, "mailto:?subject=" + percent_encode("My capwalk results") + "&body=" +
                     percent_encode("Here are my mental health capability results from capwalk:\n\n" + link));
  }
  if (kiosk_allows(kiosk, KioskAction::ShareSheet) && call(host.can_share)) {
    gap(metrics().gap_small);
    if (button("Share…")) call(host.share_link, "My capwalk results", link);
  }
  if (kiosk) note("This is a shared device, so the link cannot be copied, emailed or saved here. Scan the code below to take it with you.");
  gap(metrics().gap_small);
  heading("Take it to your phone", 2);
  if (qr_code(link, metrics().qr_size)) {
    note("Scan this code with your phone's camera to open the same link there.");
  } else {
    paragraph(kiosk ? "This link is too long for a QR code. Untick “Include my private notes” to make it shorter."
                    : "This link is too long for a QR code. Untick “Include my private notes”, or send the link instead.");
  }
  gap(metrics().gap_medium);
  if (button("Back to my results")) state.nav.back();
}

}  // namespace capwalk::ui
