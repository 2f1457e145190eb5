// The development plan: the person picks needs from their results and, for each,
// writes a goal, what they will do, by when and what support they need. It can be
// printed or saved as a PDF.
#include "app/core/dates.h"
#include "app/core/report_html.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "learning_view.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

void plan_fields(AppState& state, const Host& host, const std::string& id) {
  PlanItem item = *plan_item(state, id);  // a copy: the fields write through set_plan_field
  const struct {
    const char* label;
    PlanField field;
    std::string* value;
  } fields[] = {
      {"Goal", PlanField::Goal, &item.goal},
      {"What I will do", PlanField::Action, &item.action},
      {"By when", PlanField::ByWhen, &item.by_when},
      {"Support I need", PlanField::Support, &item.support},
  };
  for (const auto& f : fields)
    if (text_field(f.label, *f.value, "plan-" + id + "-" + f.label, f.field == PlanField::Action, {},
                   plan_field_max_characters(f.field)))
      set_plan_field(state, id, f.field, *f.value, call(host.now_ms));
}

// The learning added to this item (or, until there is some, the Start here pick to
// add), and whether it is booked and done, with the dates.
void plan_learning(AppState& state, const Host& host, const Framework& fw, int tier, const PlanItem& item) {
  heading("Learning", 3);
  for (const std::string& id : item.learning)
    if (const LearningResource* r = state.library.learning().find(id))
      learning_resource(state, host, *r, item.capability_id, false, false);
  const Capability* c = fw.find_capability(item.capability_id);
  if (item.learning.empty() && c) {
    if (const LearningResource* first = state.library.learning_for_need(fw.id, *c, tier, person_settings(state)).start_here)
      learning_resource(state, host, *first, item.capability_id, true, true);
    else
      note("Add learning from your results, or write below what you will do.");
  }
  const struct {
    const char* label;
    PlanMark mark;
    std::int64_t at;
  } marks[] = {{"Booked", PlanMark::Booked, item.booked_at}, {"Done", PlanMark::Done, item.done_at}};
  const std::string id = item.capability_id;
  for (const auto& m : marks) {
    bool on = m.at != 0;
    if (checkbox(m.label, on, "plan-" + std::string(m.label) + "-" + id))
      set_plan_mark(state, id, m.mark, on, call(host.now_ms));
    if (m.at != 0) note(std::string(m.label) + " on " + format_date(m.at));
  }
  gap(metrics().gap_small);
}

}  // namespace

void plan_screen(AppState& state, const Host& host) {
  Assessment* a = nullptr;
  const Framework* framework = nullptr;
  if (!assessment_in_progress(state, a, framework)) return;
  const Framework& fw = *framework;
  heading("Your development plan", 1);
  paragraph("Choose what you want to work on, starting from the top of your needs. For each one, "
            "say what you want to achieve and how. You can take this to supervision or an appraisal.");
  const Results r = compute_results(*a, fw);
  if (r.needs.empty()) paragraph("Your results show no development needs, so there is nothing to plan yet.");
  for (const Need& need : r.needs) {
    const Capability* c = fw.find_capability(need.capability_id);
    if (!c) continue;
    gap(metrics().gap_small);
    bool included = plan_item(state, c->id) != nullptr;
    if (checkbox("Work on: " + c->title, included, "plan-include-" + c->id))
      set_in_plan(state, c->id, included, call(host.now_ms));
    if (const PlanItem* item = plan_item(state, c->id)) {
      plan_learning(state, host, fw, a->tier, *item);
      plan_fields(state, host, c->id);
    }
  }
  gap(metrics().gap_medium);
  if (kiosk_allows(state.kiosk.active, KioskAction::Print)) {
    if (button("Print or save my plan", ButtonKind::Primary)) call(host.print_html, plan_html(*a, fw, format_date(call(host.now_ms)), state.library.learning(), state.library.roles()));
    gap(metrics().gap_small);
  }
  if (button("Back to my results")) state.nav.back();
}

}  // namespace capwalk::ui
