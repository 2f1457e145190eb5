// Every capability of the assessment, by domain, showing which are answered; any
// one can be opened.
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void contents_screen(AppState& state, const Host& host) {
  Assessment* a = nullptr;
  const Framework* framework = nullptr;
  if (!assessment_in_progress(state, a, framework)) return;
  const Framework& fw = *framework;
  heading("All capabilities", 1);
  paragraph("You have answered " + std::to_string(a->answered_count()) + " of " +
            std::to_string(a->capability_ids.size()) + ". Choose any capability to go to it.");
  for (const Domain& domain : fw.domains) {
    bool shown = false;
    for (size_t i = 0; i < a->capability_ids.size(); ++i) {
      const Capability* c = fw.find_capability(a->capability_ids[i]);
      if (!c || c->domain != domain.id) continue;
      if (!shown) {
        gap(metrics().gap_tight);
        heading(domain.title, 2);
        shown = true;
      }
      const Answer* answer = a->answers.count(c->id) ? &a->answers.at(c->id) : nullptr;
      const RatingInfo* info = answer ? rating_info(answer->rating) : nullptr;
      const std::string status = info ? std::string("Answered: ") + info->label : "Not answered yet";
      if (card_button(std::to_string(i + 1) + ". " + c->title, status, "contents-" + c->id))
        go_to_capability(state, static_cast<int>(i), call(host.now_ms));
    }
  }
  gap(metrics().gap_medium);
  if (button("See my results", ButtonKind::Primary)) show_results(state, call(host.now_ms));
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
