#include "setting_view.h"

#include <algorithm>

#include "app/core/walkthrough.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

const char* kQuestion = "Where do you work?";
const char* kSeveral = "I work across several";

std::string suggestion_text(const RoleCatalogue& catalogue, const std::vector<std::string>& suggested) {
  if (suggested.empty()) return {};
  return "Suggested for your role: " + setting_names(&catalogue, suggested) + ".";
}

}  // namespace

bool setting_question(const RoleCatalogue& catalogue, std::vector<std::string>& chosen, bool& several,
                      const std::vector<std::string>& suggested) {
  const std::vector<std::string> before = chosen;
  heading(kQuestion, 2);
  paragraph("capwalk puts first what matters most where you work.");
  if (const std::string s = suggestion_text(catalogue, suggested); !s.empty()) note(s);
  const bool across = several || chosen.size() > 1;
  for (const Setting& s : catalogue.settings)
    if (choice(kQuestion, s.name, "", !across && chosen.size() == 1 && chosen[0] == s.id, "setting-" + s.id)) {
      chosen = {s.id};
      several = false;
    }
  if (choice(kQuestion, kSeveral, "Tick each place you work.", across, "setting-several")) several = true;
  if (several || chosen.size() > 1) {
    for (const Setting& s : catalogue.settings) {
      bool ticked = contains(chosen, s.id);
      if (checkbox(s.name, ticked, "setting-tick-" + s.id)) {
        // Kept in the catalogue's order, so the same places always read the same way.
        std::vector<std::string> next;
        for (const Setting& t : catalogue.settings)
          if (t.id == s.id ? ticked : contains(chosen, t.id)) next.push_back(t.id);
        chosen = std::move(next);
      }
    }
  }
  return chosen != before;
}

std::string setting_short_names(const RoleCatalogue* catalogue, const std::vector<std::string>& settings) {
  std::string names;
  for (std::size_t i = 0; i < settings.size(); ++i) {
    const Setting* s = catalogue ? catalogue->find_setting(settings[i]) : nullptr;
    names += (i == 0 ? "" : i + 1 == settings.size() ? " and " : ", ") + (s ? s->short_name : settings[i]);
  }
  return names;
}

std::vector<std::string> emphasised_in(const Capability& capability, const std::vector<std::string>& settings) {
  std::vector<std::string> where;
  for (const std::string& id : settings) {
    auto it = capability.settings.find(id);
    if (it != capability.settings.end() && it->second.emphasis == Emphasis::Emphasised) where.push_back(id);
  }
  return where;
}

std::string emphasis_line(const RoleCatalogue* catalogue, const Capability& capability,
                          const std::vector<std::string>& settings) {
  const std::vector<std::string> where = emphasised_in(capability, settings);
  if (where.empty()) return {};
  return "In " + setting_short_names(catalogue, where) + " this matters most";
}

bool has_practice_words(AppState& state, const Capability& capability) {
  const Assessment* a = current_assessment(state);
  if (!a) return false;
  for (const std::string& id : emphasised_in(capability, a->settings))
    if (!capability.settings.at(id).in_practice.empty()) return true;
  return false;
}

void practice_words(AppState& state, const Capability& capability) {
  const Assessment* a = current_assessment(state);
  if (!a) return;
  const RoleCatalogue* roles = state.library.roles();
  for (const std::string& id : emphasised_in(capability, a->settings)) {
    const std::string& words = capability.settings.at(id).in_practice;
    if (words.empty()) continue;
    const Setting* s = roles ? roles->find_setting(id) : nullptr;
    heading("In " + (s ? s->short_name : id), 3);
    paragraph(words);
  }
}

void capability_in_setting(AppState& state, const Host& host, const Capability& capability, const Answer& answer) {
  const Assessment* a = current_assessment(state);
  if (!a) return;
  const RoleCatalogue* roles = state.library.roles();
  switch (emphasis_in(capability, a->settings)) {
    case Emphasis::Emphasised: break;  // said by emphasis_line(), with practice_words() folded
    case Emphasis::Optional:
      gap(metrics().gap_tight);
      if (answer.skipped && answer.rating == Rating::Unanswered) {
        status_message("You skipped this one. Choose a rating if you want to answer it after all.");
      } else {
        paragraph("This one is optional in " + setting_short_names(roles, a->settings) + ". You can skip it.");
        if (button("Skip this capability")) skip_capability(state, call(host.now_ms));
      }
      break;
    case Emphasis::Core: break;
  }
}

}  // namespace capwalk::ui
