#include "link_offer.h"

#include <cctype>

#include "app/core/kiosk.h"
#include "mirror_capture.h"
#include "widgets.h"

namespace capwalk::ui {

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

void offer_link(AppState& state, const Host& host, const LinkOffer& offer) {
  const std::string& link = offer.link;
  read_only_field(offer.field_label, link, "share-link", link.size() > 200 ? metrics().text_area_height : metrics().link_height);
  if (!state.sharing.notice.empty()) status_message(state.sharing.notice);
  const bool kiosk = state.kiosk.active;
  if (kiosk_allows(kiosk, KioskAction::CopyLink)) {
    gap(metrics().gap_small);
    mirror_capture().next_item_copies(link);
    if (button("Copy link", ButtonKind::Primary)) call(host.copy_text, link);
  }
  if (kiosk_allows(kiosk, KioskAction::EmailLink)) {
    gap(metrics().gap_small);
    if (button("Email the link"))
      call(host.open_link, "mailto:?subject=" + percent_encode(offer.email_subject) + "&body=" +
                               percent_encode(offer.email_intro + "\n\n" + link));
  }
  if (kiosk_allows(kiosk, KioskAction::ShareSheet) && call(host.can_share)) {
    gap(metrics().gap_small);
    if (button("Share…")) call(host.share_link, offer.email_subject, link);
  }
  if (kiosk) note("This is a shared device, so the link cannot be copied, emailed or saved here. Scan the code below to take it with you.");
  gap(metrics().gap_small);
  heading("Take it to your phone", 2);
  if (qr_code(link, metrics().qr_size)) note("Scan this code with your phone's camera to open the same link there.");
  else paragraph(offer.qr_too_long);
}

}  // namespace capwalk::ui
