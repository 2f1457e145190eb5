// The first thing a person sees: what this is, that it is private, Start (which goes
// straight to the role: the framework is chosen for them and can be changed there),
// and, when something is saved on this device, a way back into it.
#include "app/core/dates.h"
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

std::string describe(const AppState& state, const Assessment& a) {
  return state.library.short_title_of(a.framework_id) + " · started " + format_date(a.created_at) + " · " +
         std::to_string(a.answered_count()) + " of " + std::to_string(a.capability_ids.size()) +
         " answered" + (a.finished ? " · results ready" : "");
}

void saved_assessments(AppState& state) {
  gap(metrics().gap_small);
  heading("Your saved assessments", 2);
  // Newest first; a copy of the ids, as deleting changes the list.
  std::vector<std::string> ids;
  for (auto it = state.stored.assessments.rbegin(); it != state.stored.assessments.rend(); ++it)
    ids.push_back(it->id);
  for (const std::string& id : ids) {
    const Assessment* a = find_assessment(state, id);
    if (!a) continue;
    if (card_button(a->role_title, describe(state, *a), "open-" + id)) resume_assessment(state, id);
    if (state.screen.confirm_delete == id && escape_pressed()) state.screen.confirm_delete.clear();
    if (state.screen.confirm_delete == id) {
      paragraph("Delete this assessment? This cannot be undone.");
      switch (button_pair("Yes, delete it", ButtonKind::Primary, "Keep it", ButtonKind::Secondary)) {
        case 1: delete_assessment(state, id); state.screen.confirm_delete.clear(); break;
        case 2: state.screen.confirm_delete.clear(); break;
        default: break;
      }
    } else if (button(("Delete##" + id).c_str())) {
      state.screen.confirm_delete = id;
    }
    gap(metrics().gap_tight);
  }
}

// The privacy notice and the accessibility statement, side by side.
void about_capwalk(AppState& state) {
  switch (button_pair("Privacy", ButtonKind::Secondary, "Accessibility", ButtonKind::Secondary)) {
    case 1: state.nav.go(Screen::Privacy); break;
    case 2: state.nav.go(Screen::Accessibility); break;
    default: break;
  }
}

}  // namespace

// The screen's own words are ASCII; what may not be is what the person, another tab or
// their organisation brought: saved assessments, an organisation's name, banners.
bool first_screen_draws_only_ascii(const AppState& state) {
  return state.nav.current() == Screen::Welcome && state.stored.assessments.empty() && !state.update_ready &&
         !state.shipped.organisation_waiting && !state.library.organisation() &&
         state.organisation_banner.empty() && state.storage_banner.empty() && state.sharing.team_banner.empty() &&
         state.other_tab_notice.empty() && state.kiosk.warning_left == 0;
}

void welcome_screen(AppState& state, const Host& host) {
  // Offered here, at the start, and never in the middle of an assessment.
  if (state.update_ready) {
    status_message("A new version of capwalk is ready. Your saved answers are kept.");
    if (button("Reload to update")) call(host.apply_update);
    gap(metrics().gap_small);
  }
  heading("Find the mental health training your role needs", 1);
  paragraph(
      "Answer a few questions about your role, rate yourself against the capabilities it "
      "needs, and get a clear list of what to learn next and a plan to do it.");
  paragraph("It takes about ten minutes. You do not need an account.");
  gap(metrics().gap_small);
  paragraph("Your answers stay on this device unless you choose to share them.");
  gap(metrics().gap);
  const Assessment* current = current_assessment(state);
  if (current && !current->finished) {
    if (button("Continue where you left off", ButtonKind::Primary)) resume_assessment(state, current->id);
    gap(metrics().gap_small);
    if (button("Start")) state.nav.go(Screen::ChooseRole);
  } else {
    if (button("Start", ButtonKind::Primary)) state.nav.go(Screen::ChooseRole);
  }
  if (!state.stored.assessments.empty()) saved_assessments(state);
  gap(metrics().gap);
  if (state.kiosk.active) {
    note("This is a shared device: your answers are cleared when you finish or leave it, and are never stored on it.");
    gap(metrics().gap);
    about_capwalk(state);
    gap(metrics().gap_small);
    if (button("Kiosk settings")) {
      state.kiosk.unlocked = false;
      state.kiosk.message.clear();
      state.nav.go(Screen::KioskSettings);
    }
    return;
  }
  heading("For managers", 2);
  paragraph("Put together the links your team sends you to see their training needs.");
  if (button("Open my team view")) state.nav.go(Screen::Team);
  gap(metrics().gap);
  if (button("Settings")) state.nav.go(Screen::Settings);
  gap(metrics().gap_small);
  about_capwalk(state);
}

}  // namespace capwalk::ui
