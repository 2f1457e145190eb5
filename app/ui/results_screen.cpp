// Results: how many were answered, then what matters first, the development needs in
// priority order with the learning to start (on a phone the first screen holds the top
// need and its Start here pick), then a chart per domain (labelled in words, not only
// colour), strengths, what to talk through with a manager, and what changed since last
// time.
#include <imgui.h>

#include "app/core/dates.h"
#include "app/core/report_html.h"
#include "app/core/sharing.h"
#include "app/core/supervision.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "fonts.h"
#include "learning_view.h"
#include "setting_view.h"
#include "supervision_view.h"
#include "theme.h"
#include "team_view.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

void domain_chart(const DomainResult& d) {
  std::vector<std::pair<int, ImU32>> parts;
  std::string words;
  for (const RatingInfo& option : rating_options()) {
    const auto it = d.counts.find(option.rating);
    const int n = it == d.counts.end() ? 0 : it->second;
    if (n == 0 || d.total == 0) continue;
    parts.emplace_back(n, rating_colour(option.rating));
    words += (words.empty() ? "" : " · ") + std::to_string(n) + " " + option.label;
  }
  share_bar(parts, d.total);
  const int unanswered = d.total - d.answered;
  if (unanswered > 0) words += (words.empty() ? "" : " · ") + std::to_string(unanswered) + " not answered";
  note(words);
}

std::string capability_title(const Framework& fw, const std::string& id) {
  const Capability* c = fw.find_capability(id);
  return c ? c->title : id;
}

// What the person finished from the plan of their last assessment, so a re-assessment
// shows what they did in between.
void learning_done_since(const Assessment& before, const Framework& fw, const LearningCatalogue& catalogue) {
  bool any = false;
  for (const PlanItem& item : before.plan) {
    if (item.done_at == 0) continue;
    if (!any) heading("Learning you have done since then", 3);
    any = true;
    std::string done = capability_title(fw, item.capability_id) + " – done " + format_date(item.done_at);
    for (const std::string& id : item.learning)
      if (const LearningResource* r = catalogue.find(id)) done += "; " + r->title;
    bullet(done);
  }
  if (!any) paragraph("Nothing in your last plan was marked Done.");
}

}  // namespace

void results_screen(AppState& state, const Host& host) {
  Assessment* a = nullptr;
  const Framework* framework = nullptr;
  if (!assessment_in_progress(state, a, framework)) return;
  const Framework& fw = *framework;
  const Results r = compute_results(*a, fw);

  heading("Your results", 1);
  const RoleCatalogue* roles = state.library.roles();
  note(a->role_title + " · " + (fw.is_tiered() ? "Tier " + std::to_string(a->tier) + " · " : "") +
       (a->settings.empty() ? "" : setting_names(roles, a->settings) + " · ") + fw.short_title + " · " +
       format_date(a->updated_at));
  paragraph("You answered " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " capabilities.");

  gap(metrics().gap_tight);
  heading("What to work on first", 2);
  if (r.needs.empty()) paragraph("Nothing stands out: you rated yourself confident in everything you answered.");
  int n = 0;
  for (const Need& need : r.needs) {
    const Capability* c = fw.find_capability(need.capability_id);
    if (!c) continue;
    std::string why = rating_info(need.rating) ? rating_info(need.rating)->label : "";
    if (need.wants_training) why += (why.empty() ? "" : " · ") + std::string("you asked for training");
    if (need.emphasised) why += " · matters most in " + setting_short_names(roles, emphasised_in(*c, a->settings));
    gap(metrics().gap_small);
    heading(std::to_string(++n) + ". " + c->title, 3);
    note(why);
    need_learning(state, host, fw, *c, a->tier);
  }
  if (!r.needs.empty()) {
    gap(metrics().gap_tight);
    note("Links open the provider's page in a new tab: capwalk sends them nothing about you.");
    training_contact(state, host);
  }

  gap(metrics().gap_tight);
  heading("By area", 2);
  for (const DomainResult& d : r.domains) {
    paragraph(d.title);
    domain_chart(d);
  }

  gap(metrics().gap_tight);
  heading("Your strengths", 2);
  if (r.strengths.empty()) paragraph("None yet. That is fine: this is a starting point.");
  for (const std::string& id : r.strengths) bullet(capability_title(fw, id));

  gap(metrics().gap_tight);
  heading("To talk through with your manager", 2);
  if (r.to_discuss.empty()) paragraph("Nothing: every answer was a rating.");
  for (const std::string& id : r.to_discuss) {
    const Answer& ans = a->answers.at(id);
    bullet(capability_title(fw, id) + " – " + rating_info(ans.rating)->label);
  }

  if (SupervisionReply reply; latest_reply(*a, reply)) {
    gap(metrics().gap_tight);
    heading("Your manager's view", 2);
    note("Beside your own ratings, never averaged into them.");
    manager_view_lines(*a, fw, reply);
    if (kiosk_allows(state.kiosk.active, KioskAction::Print) && button("Print the conversation guide"))
      call(host.print_html, conversation_guide_html(*a, fw, &reply, "For you", format_date(call(host.now_ms))));
  }

  if (!r.skipped.empty()) {
    gap(metrics().gap_tight);
    heading("Skipped", 2);
    paragraph("Optional in " + setting_short_names(roles, a->settings) +
              ", so they are not counted as needs. You can still answer them from All capabilities.");
    for (const std::string& id : r.skipped) bullet(capability_title(fw, id));
  }

  if (const Assessment* before = find_assessment(state, a->previous_id)) {
    gap(metrics().gap_tight);
    heading("What changed since " + format_date(before->updated_at), 2);
    int changed = 0;
    for (const Change& ch : compare(*a, *before)) {
      if (ch.kind != ChangeKind::Better && ch.kind != ChangeKind::Worse) continue;
      ++changed;
      bullet(capability_title(fw, ch.capability_id) + ": " + rating_info(ch.before)->label + " → " +
             rating_info(ch.now)->label + (ch.kind == ChangeKind::Better ? " (better)" : " (lower)"));
    }
    if (changed == 0) paragraph("No rating has moved up or down yet.");
    learning_done_since(*before, fw, state.library.learning());
  }

  gap(metrics().gap_medium);
  if (button("Make a development plan", ButtonKind::Primary)) state.nav.go(Screen::Plan);
  if (kiosk_allows(state.kiosk.active, KioskAction::Print)) {
    gap(metrics().gap_small);
    if (button("Print or save my results")) {
      const std::string link = results_link(call(host.page_url), encode_share_code(*a, fw, false));
      call(host.print_html, results_html(*a, fw, format_date(a->updated_at), link, state.library.learning(),
                                           state.library.roles()));
    }
  }
  gap(metrics().gap_small);
  if (button("Share with my manager")) {
    state.sharing.notice.clear();
    state.nav.go(Screen::Share);
  }
  gap(metrics().gap_small);
  if (button("Change my answers")) state.nav.go(Screen::Contents);
  gap(metrics().gap_small);
  if (button("Start again from this assessment"))
    start_again(state, a->id, make_assessment_id(call(host.random_bits)), call(host.now_ms));
  gap(metrics().gap_small);
  if (state.kiosk.active) {
    if (button("Finish and clear")) state.nav.go(Screen::TakeAway);
    return;
  }
  if (button("Back to the start")) state.nav.restart();
}

}  // namespace capwalk::ui
