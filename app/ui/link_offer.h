// link_offer.h — the ways a link leaves this device: copy, email, the share sheet
// and a QR code, each only where the kiosk allows it (core/kiosk.h). The share screen
// offers results this way and the send-view screen a manager's reply.
#pragma once

#include <string>

#include "app/core/app_state.h"
#include "host.h"

namespace capwalk::ui {

struct LinkOffer {
  std::string link;
  const char* field_label = "Your link";  // the read-only field that shows it
  std::string email_subject;               // "My capwalk results"
  std::string email_intro;                 // the email's first line, before the link
  std::string qr_too_long;                 // what to say when no QR code fits
};
// The field, the buttons, the QR code and the notice after copying.
void offer_link(AppState& state, const Host& host, const LinkOffer& offer);

// `text` percent-encoded for a mailto: address.
std::string percent_encode(const std::string& text);

}  // namespace capwalk::ui
