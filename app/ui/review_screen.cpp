// Someone's results, opened from a link: read-only, built on this device, and never
// mixed with the viewer's own saved assessments.
#include "app/core/dates.h"
#include "app/core/sharing.h"
#include "app/core/supervision.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void review_screen(AppState& state, const Host& /*host*/) {
  SharingState& sharing = state.sharing;
  if (!sharing.opened) {
    state.nav.restart();
    return;
  }
  const OpenedShare& opened = *sharing.opened;
  if (!opened.resolved) {
    heading("This link cannot be opened", 1);
    paragraph(opened.error);
    gap(metrics().gap_medium);
    if (button("Go to the start", ButtonKind::Primary)) state.nav.restart();
    return;
  }
  const ResolvedShare& shared = *opened.resolved;
  const Assessment& a = shared.assessment;
  const Framework& fw = state.library.find(a.framework_id)->framework;
  heading("Shared results", 1);
  note("Read-only. These results came in a link; nothing from it has been saved on this device.");
  paragraph(a.role_title + " · " + (fw.is_tiered() ? "Tier " + std::to_string(a.tier) + " · " : "") +
            fw.short_title + (a.settings.empty() ? "" : " · " + setting_names(state.library.roles(), a.settings)) +
                " · " + format_date(a.updated_at));
  if (shared.version_differs || !shared.no_longer_matching.empty()) {
    std::string text = "This link was made with version " + a.framework_version + " of the framework; this device has version " +
                       fw.version + ".";
    if (!shared.no_longer_matching.empty())
      text += " " + std::to_string(shared.no_longer_matching.size()) +
              " answers are for capabilities that are no longer in the framework, so they are not shown.";
    status_message(text);
  }
  const Results r = compute_results(a, fw);
  paragraph("Answered " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " capabilities.");

  gap(metrics().gap_tight);
  heading("Development needs", 2);
  if (r.needs.empty()) paragraph("None.");
  for (const Need& need : r.needs) {
    const Capability* c = fw.find_capability(need.capability_id);
    if (!c) continue;
    bullet(c->title + " – " + rating_info(need.rating)->label +
           (need.wants_training ? " · asked for training" : ""));
  }
  gap(metrics().gap_tight);
  heading("Every rating", 2);
  for (const std::string& id : a.capability_ids) {
    const Capability* c = fw.find_capability(id);
    if (!c) continue;
    // A link may be shared before every capability is answered.
    const auto ans = a.answers.find(id);
    const RatingInfo* info = ans == a.answers.end() ? nullptr : rating_info(ans->second.rating);
    bullet(c->title + ": " + (info ? info->label : "not answered"));
    if (ans != a.answers.end() && !ans->second.note.empty()) note("Note: " + ans->second.note);
  }
  if (!a.plan.empty()) {
    gap(metrics().gap_tight);
    heading("Development plan", 2);
    for (const PlanItem& item : a.plan) {
      const Capability* c = fw.find_capability(item.capability_id);
      heading(c ? c->title : item.capability_id, 3);
      if (!item.goal.empty()) paragraph("Goal: " + item.goal);
      if (!item.action.empty()) paragraph("What I will do: " + item.action);
      if (!item.by_when.empty()) paragraph("By when: " + item.by_when);
      if (!item.support.empty()) paragraph("Support I need: " + item.support);
    }
  }
  gap(metrics().gap_medium);
  if (button("Add my view", ButtonKind::Primary)) start_my_view(state);
  note("Say how you see each capability, agree actions with them, and send your view back in a link.");
  gap(metrics().gap_small);
  if (button("Add to my team")) add_opened_to_team(state);
  gap(metrics().gap_small);
  if (button("Close")) state.nav.restart();
}

}  // namespace capwalk::ui
