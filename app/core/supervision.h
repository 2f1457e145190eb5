// supervision.h — the supervision conversation: the manager's view beside the
// person's own, and what the person does with a reply.
//
// Manager's side: a view starts from the results being reviewed (it is kept with
// that member of the team, team.h) and becomes a reply link (reply_code.h).
// Person's side: a reply finds the assessment it answers on this device, is kept with
// it, and its agreed actions join the plan; opening it again changes nothing. The
// person's own ratings are never changed, and the two views are never averaged.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app_state.h"
#include "reply_code.h"

namespace capwalk {

// ---- Both sides ----

// One capability seen both ways, for the results and the conversation guide.
struct ViewPair {
  std::string capability_id;
  Rating own = Rating::Unanswered;  // the person's rating
  CapabilityView view;              // the manager's
  bool to_talk_about() const { return view.kind != ViewKind::Same; }
};
// The manager's views of `assessment`'s capabilities, those to talk about ("I see it
// differently", "Let's talk about this") first, each group in the assessment's order.
std::vector<ViewPair> side_by_side(const Assessment& assessment, const Framework& framework,
                                   const SupervisionReply& reply);
// The capability at `position` of `framework`, or nullptr.
const Capability* capability_at(const Framework& framework, int position);
// The position of capability `id` in `framework`, or -1.
int position_of(const Framework& framework, const std::string& id);

// "You: Developing. Your manager: Confident." and the like, in plain words.
std::string pair_text(const ViewPair& pair, const std::string& manager);

// ---- The person's side ----

// (OpenedReply and ReplyOutcome, what became of a reply, are in app_state.h.)

// Finds the assessment `reply` answers: the newest whose answers, as its results link
// would carry them, have the reply's binding. nullptr when none has.
const Assessment* find_answered(const AppState& state, const SupervisionReply& reply);

// Puts the reply's agreed actions into the plan: an action for a capability not in the
// plan adds it; for one already there, it fills empty fields and adds to the action
// and support what is not yet in them. Returns how many plan items changed; a second
// call with the same reply changes nothing.
int merge_agreed_actions(Assessment& assessment, const Framework& framework, const SupervisionReply& reply);

// Reads a reply link's code and does what ReplyOutcome (app_state.h) says, then shows
// the reply screen: a reply is kept with its assessment once, and one kept already
// changes nothing. `now_ms` dates the change.
void open_reply_link(AppState& state, const std::string& code, std::int64_t now_ms);

// The latest reply kept with `assessment`, decoded; false when there is none.
bool latest_reply(const Assessment& assessment, SupervisionReply& out);

// ---- The manager's side ----

// "Add my view" on the review of an opened link: adds the link to the team (when it
// is not there yet), starts a view of it if the member has none, and shows the view.
void start_my_view(AppState& state);
// The member whose view is being written, or nullptr.
TeamMember* member_being_viewed(AppState& state);
// Everything the view's screens draw from: the member (with a view), their results as
// reviewed, and the framework. False when any is missing (the screens then restart).
struct ViewInProgress {
  TeamMember* member = nullptr;
  const Assessment* assessment = nullptr;
  const Framework* framework = nullptr;
};
bool view_in_progress(AppState& state, ViewInProgress& out);
// The view's entry for capability `position`: find_view() gives nullptr when there is
// none, view_of() adds one (I see it the same way) and gives that.
const CapabilityView* find_view(const SupervisionReply& reply, int position);
CapabilityView& view_of(SupervisionReply& reply, int position);
// Counts a change to the view, so it is saved with the team.
void view_changed(AppState& state);
// The reply link for the member's view, dated `now_ms`.
std::string reply_link(const std::string& page_url, SupervisionReply reply, std::int64_t now_ms);

}  // namespace capwalk
