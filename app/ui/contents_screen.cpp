// Every capability of the assessment, by domain, showing which are answered and which
// matter most where the person works; any one can be opened. Where they work can be
// changed here: the pages are re-ordered and every answer is kept.
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "setting_view.h"
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
      std::string status = info                     ? std::string("Answered: ") + info->label
                           : is_skipped(*a, *c)     ? std::string("Skipped: optional where you work")
                                                    : std::string("Not answered yet");
      if (emphasis_in(*c, a->settings) == Emphasis::Emphasised) status += " · matters most where you work";
      if (card_button(std::to_string(i + 1) + ". " + c->title, status, "contents-" + c->id))
        go_to_capability(state, static_cast<int>(i), call(host.now_ms));
    }
  }
  if (const RoleCatalogue* roles = state.library.roles(); roles && !roles->settings.empty()) {
    gap(metrics().gap_tight);
    std::vector<std::string> chosen = a->settings;
    if (setting_question(*roles, chosen, state.screen.several_settings, {}))
      set_assessment_settings(state, chosen, call(host.now_ms));
  }
  gap(metrics().gap_medium);
  if (button("See my results", ButtonKind::Primary)) show_results(state, call(host.now_ms));
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
