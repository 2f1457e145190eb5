// A manager's reply, opened on the person's device (core/supervision.h): both views
// side by side, the things to talk about first, and the actions that joined the plan.
#include "app/core/dates.h"
#include "app/core/kiosk.h"
#include "app/core/report_html.h"
#include "app/core/supervision.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "supervision_view.h"
#include "widgets.h"

namespace capwalk::ui {

void reply_screen(AppState& state, const Host& host) {
  if (!state.sharing.opened_reply) {
    state.nav.restart();
    return;
  }
  const OpenedReply& opened = *state.sharing.opened_reply;
  const Assessment* a = find_assessment(state, opened.assessment_id);
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  const bool shown = a && entry && (opened.outcome == ReplyOutcome::Added || opened.outcome == ReplyOutcome::AlreadyAdded ||
                                    opened.outcome == ReplyOutcome::ShownOnly);
  if (!shown) {
    heading(opened.outcome == ReplyOutcome::Refused ? "This reply cannot be opened" : "This reply cannot be added", 1);
    paragraph(opened.message);
    gap(metrics().gap_medium);
    if (button("Go to the start", ButtonKind::Primary)) state.nav.restart();
    return;
  }
  heading("Your manager's view", 1);
  status_message(opened.message);
  note(a->role_title + " · " + entry->framework.short_title + " · your assessment of " + format_date(a->updated_at) +
       " · their view of " + format_date(ms_from_days_since_2020(opened.reply.days_since_2020)));
  note("Their view is shown beside your own ratings, never averaged into them. Your ratings have not changed.");
  manager_view_lines(*a, entry->framework, opened.reply);
  gap(metrics().gap_medium);
  if (opened.outcome != ReplyOutcome::ShownOnly && button("See my results", ButtonKind::Primary)) {
    resume_assessment(state, a->id);
    return;
  }
  if (kiosk_allows(state.kiosk.active, KioskAction::Print)) {
    gap(metrics().gap_small);
    if (button("Print the conversation guide"))
      call(host.print_html, conversation_guide_html(*a, entry->framework, &opened.reply, "For you",
                                                    format_date(call(host.now_ms))));
  }
  gap(metrics().gap_small);
  if (button("Close")) state.nav.restart();
}

}  // namespace capwalk::ui
