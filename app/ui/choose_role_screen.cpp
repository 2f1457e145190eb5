// Choosing a role: the framework it is for (with Change the framework), a search
// field that matches titles and the words people type ("front desk" finds the
// receptionist), results grouped by sector, and a way on for anyone whose role is not
// listed.
#include <algorithm>

#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

void choose_role_screen(AppState& state, const Host& /*host*/) {
  heading("Choose your role", 1);
  paragraph("Pick the role closest to yours. capwalk then shows only the capabilities it needs.");
  // The framework is chosen already (the core one, or the organisation's): said here,
  // with a way to change it, rather than a screen of its own that most people pass by.
  if (const Framework* fw = chosen_framework(state)) note("Framework: " + fw->short_title + ".");
  if (button("Change the framework")) state.nav.go(Screen::ChooseFramework);
  gap(metrics().gap_tight);
  const RoleCatalogue* catalogue = state.library.roles();
  if (!catalogue) {
    paragraph("The list of roles could not be loaded, but you can still continue.");
  } else {
    text_field("Search roles", state.setup.role_search, "role-search", false,
               "For example: front desk, housing, pharmacist, police");
    std::vector<const Role*> matches = search_roles(*catalogue, state.setup.role_search);
    if (const Organisation* org = state.library.organisation())  // only the roles it offers
      matches.erase(std::remove_if(matches.begin(), matches.end(),
                                   [&](const Role* r) { return !org->offers_role(r->id); }),
                    matches.end());
    if (matches.empty())
      paragraph("No role matches “" + state.setup.role_search +
                "”. Try another word, or choose “My role isn't listed”.");
    for (const Sector& sector : catalogue->sectors) {
      bool shown_heading = false;
      for (const Role* role : matches) {
        if (role->sector != sector.id) continue;
        if (!shown_heading) {
          gap(metrics().gap_tight);
          heading(sector.name, 2);
          shown_heading = true;
        }
        if (card_button(role->title, role->summary, role->id)) choose_role(state, role->id);
      }
    }
  }
  gap(metrics().gap_small);
  heading("Not there?", 2);
  if (card_button("My role isn't listed",
                  "Answer two questions about your work instead, and capwalk will suggest what fits.",
                  "not-listed"))
    choose_role_not_listed(state);
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
