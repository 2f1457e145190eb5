// The tier, then where the person works (setting_view.h), which the role may suggest.
// A listed role's suggested tier is shown with its reason and Change; two questions
// about contact with people with mental health needs (set by contact and autonomy, not
// job title) are asked only after Change, or when the role is not listed, and suggest
// a tier the person can change. Everything here can be skipped.
#include "app/core/walkthrough.h"
#include "app_screens.h"
#include "setting_view.h"
#include "widgets.h"

#include <chrono>
#include <random>

namespace capwalk::ui {

namespace {

const char* kFrequency = "How often do you support people with mental health needs?";
const char* kAutonomy = "How much of that do you do on your own?";
const char* kTier = "Which tier fits your work?";

template <typename T>
void ask(const char* question, std::optional<T>& answer,
         std::initializer_list<std::tuple<T, const char*, const char*>> options) {
  heading(question, 2);
  for (const auto& [value, label, description] : options)
    if (choice(question, label, description, answer && *answer == value, label)) answer = value;
}

}  // namespace

void about_your_work_screen(AppState& state, const Host& host) {
  SetupDraft& setup = state.setup;
  const Framework* fw = chosen_framework(state);
  const Role* role = chosen_role(state);
  const bool tiered = fw && fw->is_tiered();
  heading("About your work", 1);
  paragraph(role ? "Your role: " + role->title + "." : "Your role is not in the list, so these questions help capwalk choose.");
  if (asks_contact_questions(state)) {
    note("You can skip any question.");
    ask<ContactFrequency>(kFrequency, setup.frequency,
        {{ContactFrequency::Rarely, "Rarely", "A few times a year, or less."},
         {ContactFrequency::Sometimes, "Sometimes", "Most months."},
         {ContactFrequency::Often, "Often", "Every week, or more."}});
    ask<Autonomy>(kAutonomy, setup.autonomy,
        {{Autonomy::WithOthers, "Usually with others", "A colleague or specialist usually leads, or is close by."},
         {Autonomy::Partly, "Partly on my own", "I handle some things myself and pass others on."},
         {Autonomy::OnMyOwn, "Mostly on my own", "I often decide what to do without anyone else."}});
  }

  if (tiered && !asks_contact_questions(state)) {
    // A listed role suggests its tier: shown with the reason (what the tier is for),
    // and Change brings back the questions and the choice of tiers.
    const int suggested = suggested_tier(state);
    heading("Your tier", 2);
    for (const Tier& tier : fw->tiers) {
      if (tier.level != suggested) continue;
      paragraph(tier.name + ", suggested for your role.");
      note(tier.summary);
    }
    if (button("Change")) change_tier(state);
  } else if (tiered) {
    const int suggested = suggested_tier(state);
    const int chosen = setup.tier ? setup.tier : suggested;
    heading(kTier, 2);
    paragraph("capwalk suggests Tier " + std::to_string(suggested) + ". You can choose another.");
    for (const Tier& tier : fw->tiers) {
      std::string label = tier.name + (tier.level == suggested ? " (suggested)" : "");
      if (choice(kTier, label, tier.summary, chosen == tier.level, "tier" + std::to_string(tier.level)))
        setup.tier = tier.level;
    }
  }
  if (const RoleCatalogue* roles = state.library.roles(); roles && !roles->settings.empty())
    setting_question(*roles, setup.settings, setup.several_settings,
                     role ? role->suggested_settings : std::vector<std::string>{});
  gap(metrics().gap_medium);
  if (button("Start the assessment", ButtonKind::Primary))
    start_assessment(state, make_assessment_id(call(host.random_bits)), call(host.now_ms));
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
