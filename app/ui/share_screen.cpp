// Sharing results with a manager: a link that carries them (no server ever sees it),
// ways to send it, and a QR code for taking it to a phone.
#include "app/core/sharing.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "link_offer.h"
#include "widgets.h"

namespace capwalk::ui {

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
  LinkOffer link_offer;
  link_offer.link = link;
  link_offer.email_subject = "My capwalk results";
  link_offer.email_intro = "Here are my mental health capability results from capwalk:";
  link_offer.qr_too_long = state.kiosk.active
                               ? "This link is too long for a QR code. Untick “Include my private notes” to make it shorter."
                               : "This link is too long for a QR code. Untick “Include my private notes”, or send the link instead.";
  offer_link(state, host, link_offer);
  gap(metrics().gap_medium);
  if (button("Back to my results")) state.nav.back();
}

}  // namespace capwalk::ui
