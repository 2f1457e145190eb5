// The manager's view of someone's results, written beside each of their ratings
// (core/supervision.h): the same, differently (with a rating) or "let's talk", a
// comment, the actions agreed and an overall comment. Kept with the team.
#include <algorithm>

#include "app/core/sharing.h"
#include "app/core/supervision.h"
#include "app_screens.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

// The first four ratings are the levels a manager can see differently.
constexpr int kLevelCount = 4;

void rating_line(const Assessment& a, const std::string& id) {
  const auto ans = a.answers.find(id);
  const RatingInfo* info = ans == a.answers.end() ? nullptr : rating_info(ans->second.rating);
  paragraph(std::string("Their rating: ") + (info ? info->label : "not answered") +
            (ans != a.answers.end() && ans->second.wants_training ? " · asked for training" : ""));
}

void capability_view(AppState& state, SupervisionReply& view, const Assessment& a, const Framework& fw,
                     const std::string& id) {
  const Capability* c = fw.find_capability(id);
  const int position = position_of(fw, id);
  if (!c || position < 0) return;
  gap(metrics().gap_small);
  heading(c->title, 3);
  rating_line(a, id);
  gap(metrics().gap_tight);
  const std::string question = "How do you see " + c->title + "?";
  for (int k = 0; k < kViewKindCount; ++k) {
    const auto kind = static_cast<ViewKind>(k);
    const CapabilityView* current = find_view(view, position);
    if (choice(question, view_kind_label(kind), "", current && current->kind == kind, id + "-view-" + std::to_string(k))) {
      view_of(view, position).kind = kind;
      view_changed(state);
    }
  }
  const CapabilityView* current = find_view(view, position);
  if (current && current->kind == ViewKind::Differently) {
    const std::string rating_question = "Your rating for " + c->title;
    note(current->rating == Rating::Unanswered
             ? rating_question + ": choose one, or your view is sent as “Let's talk about this”."
             : rating_question);
    for (int r = 0; r < kLevelCount; ++r) {
      const RatingInfo& info = rating_options()[static_cast<std::size_t>(r)];
      if (choice(rating_question, info.label, "", find_view(view, position)->rating == info.rating,
                 id + "-rating-" + std::to_string(r))) {
        view_of(view, position).rating = info.rating;
        view_changed(state);
      }
    }
  }
  std::string comment = current ? current->comment : std::string();
  if (text_field("Your comment on " + c->title + " (optional)", comment, id + "-comment", true, {}, kMaxViewComment)) {
    view_of(view, position).comment = comment;
    view_changed(state);
  }
}

// The capabilities an action can be for: needs and things to talk about first.
std::vector<std::string> action_choices(const Assessment& a, const Framework& fw) {
  const Results r = compute_results(a, fw);
  std::vector<std::string> ids;
  for (const Need& n : r.needs) ids.push_back(n.capability_id);
  for (const std::string& id : r.to_discuss) ids.push_back(id);
  for (const std::string& id : a.capability_ids)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

void agreed_action(AppState& state, SupervisionReply& view, std::size_t i, const std::vector<std::string>& ids,
                   const Framework& fw, bool& removed) {
  AgreedAction& action = view.actions[i];
  const std::string n = std::to_string(i + 1);
  gap(metrics().gap_small);
  heading("Action " + n, 3);
  const std::string question = "Which capability is action " + n + " for?";
  const Capability* chosen = capability_at(fw, action.position);
  paragraph("For: " + (chosen ? chosen->title : std::string("not chosen")));
  for (const std::string& id : ids) {
    const Capability* c = fw.find_capability(id);
    if (c && choice(question, c->title, "", chosen == c, "action-" + n + "-" + id)) {
      action.position = position_of(fw, id);
      view_changed(state);
    }
  }
  if (text_field("What will be done (action " + n + ")", action.what, "action-" + n + "-what", true, {}, kMaxActionField)) view_changed(state);
  if (text_field("By when (action " + n + ")", action.by_when, "action-" + n + "-when", false, "For example: end of March", kMaxActionField)) view_changed(state);
  if (text_field("Support (action " + n + ", optional)", action.support, "action-" + n + "-support", false, {}, kMaxActionField)) view_changed(state);
  const std::string remove = "Remove action " + n;
  if (button(remove.c_str())) removed = true;
}

void actions_section(AppState& state, SupervisionReply& view, const Assessment& a, const Framework& fw) {
  gap(metrics().gap_tight);
  heading("Agreed actions", 2);
  paragraph("What you and they agree to do, by when, and the support they will have. They join their plan when they open your reply.");
  const std::vector<std::string> ids = action_choices(a, fw);
  for (std::size_t i = 0; i < view.actions.size(); ++i) {
    bool removed = false;
    agreed_action(state, view, i, ids, fw, removed);
    if (removed) {
      view.actions.erase(view.actions.begin() + static_cast<std::ptrdiff_t>(i));
      view_changed(state);
      break;
    }
  }
  gap(metrics().gap_small);
  if (!ids.empty() && button("Add an agreed action")) {
    AgreedAction added;
    added.position = position_of(fw, ids.front());
    view.actions.push_back(added);
    view_changed(state);
  }
}

}  // namespace

void manager_view_screen(AppState& state, const Host& /*host*/) {
  ViewInProgress in_progress;
  if (!view_in_progress(state, in_progress)) {
    state.nav.restart();
    return;
  }
  TeamMember* member = in_progress.member;
  const Framework& fw = *in_progress.framework;
  const Assessment& a = *in_progress.assessment;
  SupervisionReply& view = *member->view;
  heading("Your view of " + member->label + "'s results", 1);
  paragraph("Beside each of their ratings, say how you see it. Your view is shown beside theirs, never averaged "
            "into it, and their own ratings do not change.");
  note("Your view is kept on this device with your team, until you send it back to them.");
  note("To use their name instead of " + member->label + ", rename them in your team view.");

  gap(metrics().gap_tight);
  heading("Each capability", 2);
  for (const std::string& id : a.capability_ids) capability_view(state, view, a, fw, id);
  actions_section(state, view, a, fw);

  gap(metrics().gap_tight);
  heading("Overall", 2);
  if (text_field("Overall comment (optional)", view.overall, "view-overall", true, {}, kMaxOverallComment)) view_changed(state);

  gap(metrics().gap_medium);
  const std::string send = "Send my view to " + member->label;
  if (button(send.c_str(), ButtonKind::Primary)) {
    state.sharing.notice.clear();
    state.nav.go(Screen::SendView);
  }
  gap(metrics().gap_small);
  if (button("Back")) state.nav.back();
}

}  // namespace capwalk::ui
