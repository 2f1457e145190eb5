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

namespace {

// A reply that is not beside the answers it was written for: its words alone.
void reply_alone(AppState& state, const OpenedReply& opened, const Framework& fw, const char* title) {
  heading(title, 1);
  if (opened.outcome == ReplyOutcome::ShownOnly) status_message(opened.message);
  else paragraph(opened.message);
  gap(metrics().gap_tight);
  heading("What your manager said", 2);
  manager_view_alone(fw, opened.reply);
  gap(metrics().gap_medium);
  if (button("Close", ButtonKind::Primary)) state.nav.restart();
}

}  // namespace

void reply_screen(AppState& state, const Host& host) {
  if (!state.sharing.opened_reply) {
    state.nav.restart();
    return;
  }
  const OpenedReply& opened = *state.sharing.opened_reply;
  const LibraryEntry* reply_framework = state.library.find(opened.reply.framework_id);
  if (opened.outcome == ReplyOutcome::Refused || !reply_framework) {
    heading("This reply cannot be opened", 1);
    paragraph(opened.message);
    gap(metrics().gap_medium);
    if (button("Go to the start", ButtonKind::Primary)) state.nav.restart();
    return;
  }
  const Assessment* a = find_assessment(state, opened.assessment_id);
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  if (!a || !entry || opened.outcome == ReplyOutcome::NotOnDevice || opened.outcome == ReplyOutcome::StartedAgain) {
    reply_alone(state, opened, reply_framework->framework,
                opened.outcome == ReplyOutcome::ShownOnly ? "Your manager's view" : "This reply cannot be added");
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
