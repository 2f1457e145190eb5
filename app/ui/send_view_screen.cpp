// The manager's view going back to the person: a reply link (core/reply_code.h) that
// only their device can match to their answers, and the conversation guide to print.
#include "app/core/dates.h"
#include "app/core/kiosk.h"
#include "app/core/report_html.h"
#include "app/core/sharing.h"
#include "app/core/supervision.h"
#include "app_screens.h"
#include "link_offer.h"
#include "widgets.h"

namespace capwalk::ui {

void send_view_screen(AppState& state, const Host& host) {
  ViewInProgress in_progress;
  if (!view_in_progress(state, in_progress)) {
    state.nav.restart();
    return;
  }
  const TeamMember* member = in_progress.member;
  heading("Send your view to " + member->label, 1);
  paragraph("This link takes your view back to " + member->label + ". When they open it on their own device, capwalk "
            "shows it beside their own ratings and adds the actions you agreed to their plan.");
  note("Nothing is sent anywhere by capwalk: your view is inside the link itself. Anyone who has the link can read it, "
       "but it can only be added to the answers it was written for.");
  gap(metrics().gap_tight);
  LinkOffer offer;
  offer.link = reply_link(call(host.page_url), *member->view, call(host.now_ms));
  offer.field_label = "Reply link";
  offer.email_subject = "My view of your capwalk results";
  offer.email_intro = "Here is my view of your mental health capability results, and the actions we agreed. "
                      "Open this link on the device where you did your assessment:";
  offer.qr_too_long = "This reply is too long for a QR code: shorten the comments, or send the link instead.";
  offer_link(state, host, offer);
  if (kiosk_allows(state.kiosk.active, KioskAction::Print)) {
    gap(metrics().gap_small);
    if (button("Print the conversation guide"))
      call(host.print_html, conversation_guide_html(*in_progress.assessment, *in_progress.framework, &*member->view,
                                                    member->label, format_date(call(host.now_ms))));
  }
  gap(metrics().gap_medium);
  if (button("Back to my view")) state.nav.back();
}

}  // namespace capwalk::ui
