#include "supervision.h"

#include <algorithm>

#include "dates.h"
#include "sharing.h"
#include "walkthrough.h"

namespace capwalk {

// ---- Both sides ----

const Capability* capability_at(const Framework& framework, int position) {
  if (position < 0 || static_cast<std::size_t>(position) >= framework.capabilities.size()) return nullptr;
  return &framework.capabilities[static_cast<std::size_t>(position)];
}

int position_of(const Framework& framework, const std::string& id) {
  for (std::size_t p = 0; p < framework.capabilities.size(); ++p)
    if (framework.capabilities[p].id == id) return static_cast<int>(p);
  return -1;
}

std::vector<ViewPair> side_by_side(const Assessment& a, const Framework& framework, const SupervisionReply& reply) {
  std::vector<ViewPair> talk, same;
  for (const std::string& id : a.capability_ids) {
    const int position = position_of(framework, id);
    const CapabilityView* view = find_view(reply, position);
    if (position < 0 || !view) continue;
    ViewPair pair;
    pair.capability_id = id;
    const auto answer = a.answers.find(id);
    pair.own = answer == a.answers.end() ? Rating::Unanswered : answer->second.rating;
    pair.view = *view;
    (pair.to_talk_about() ? talk : same).push_back(std::move(pair));
  }
  talk.insert(talk.end(), same.begin(), same.end());
  return talk;
}

std::string pair_text(const ViewPair& pair, const std::string& manager) {
  const RatingInfo* own = rating_info(pair.own);
  std::string text = std::string("Your rating: ") + (own ? own->label : "not answered") + ". " + manager + ": ";
  switch (pair.view.kind) {
    case ViewKind::Same: text += "sees it the same way."; break;
    case ViewKind::Differently: {
      const RatingInfo* theirs = rating_info(pair.view.rating);
      text += std::string("sees it differently: ") + (theirs ? theirs->label : "") + ".";
      break;
    }
    case ViewKind::TalkAbout: text += "would like to talk about this."; break;
  }
  return text;
}

// ---- The person's side ----

const Assessment* find_answered(const AppState& state, const SupervisionReply& reply) {
  const LibraryEntry* entry = state.library.find(reply.framework_id);
  if (!entry) return nullptr;
  const std::vector<Assessment>& all = state.stored.assessments;
  for (auto a = all.rbegin(); a != all.rend(); ++a)
    if (a->framework_id == reply.framework_id && assessment_binding(*a, entry->framework) == reply.binding) return &*a;
  return nullptr;
}

namespace {

// Adds `agreed` to `field` unless it is already there; true when it changed.
bool add_text(std::string& field, const std::string& agreed) {
  if (agreed.empty() || field.find(agreed) != std::string::npos) return false;
  field = field.empty() ? agreed : field + "\n" + agreed;
  return true;
}

bool fill_text(std::string& field, const std::string& agreed) {
  if (!field.empty() || agreed.empty()) return false;
  field = agreed;
  return true;
}

}  // namespace

int merge_agreed_actions(Assessment& a, const Framework& framework, const SupervisionReply& reply) {
  int changed = 0;
  for (const AgreedAction& action : reply.actions) {
    const Capability* c = capability_at(framework, action.position);
    if (!c || std::find(a.capability_ids.begin(), a.capability_ids.end(), c->id) == a.capability_ids.end()) continue;
    auto item = std::find_if(a.plan.begin(), a.plan.end(), [&](const PlanItem& p) { return p.capability_id == c->id; });
    if (item == a.plan.end()) {
      PlanItem added;
      added.capability_id = c->id;
      a.plan.push_back(added);
      item = a.plan.end() - 1;
    }
    bool item_changed = add_text(item->action, action.what);
    item_changed |= fill_text(item->by_when, action.by_when);
    item_changed |= add_text(item->support, action.support);
    changed += item_changed ? 1 : 0;
  }
  return changed;
}

bool latest_reply(const Assessment& a, SupervisionReply& out) {
  for (auto code = a.replies.rbegin(); code != a.replies.rend(); ++code) {
    ReplyDecode decoded = decode_reply(*code);
    if (decoded.error == ShareError::None) {
      out = std::move(decoded.reply);
      return true;
    }
  }
  return false;
}

namespace {

const char* const kReplyNotOnDevice =
    "This reply is for answers that are not on this device, or that have changed since they were "
    "shared. Nothing has been added. Open it on the device where you did the assessment, or share "
    "your results again and ask for a new reply.";
const char* const kReplyStartedAgain =
    "This reply is about an assessment you have since started again. Nothing has been added to "
    "your new assessment: talk it through with your manager, then share your new results.";
const char* const kReplyShownOnly =
    "This is a shared device, so this reply is only shown here: nothing from it is kept.";

bool started_again(const AppState& state, const std::string& id) {
  return std::any_of(state.stored.assessments.begin(), state.stored.assessments.end(),
                     [&](const Assessment& a) { return a.previous_id == id; });
}

void apply_reply(AppState& state, OpenedReply& opened, const std::string& code, std::int64_t now_ms) {
  Assessment* a = nullptr;
  for (Assessment& candidate : state.stored.assessments)
    if (candidate.id == opened.assessment_id) a = &candidate;
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  if (!a || !entry) return;
  // A reply opened before changes nothing, even when its actions have since been
  // taken out of the plan: the person's edits stand.
  if (std::find(a->replies.begin(), a->replies.end(), code) != a->replies.end()) {
    opened.outcome = ReplyOutcome::AlreadyAdded;
    opened.message = "You have opened this reply before. Nothing has changed.";
    return;
  }
  a->replies.push_back(code);
  opened.actions_added = merge_agreed_actions(*a, entry->framework, opened.reply);
  opened.outcome = ReplyOutcome::Added;
  opened.message = opened.reply.actions.empty()
                       ? "Your manager's view is now beside your own ratings in your results."
                       : "Your manager's view is now beside your own ratings in your results, and the actions you "
                         "agreed are in your plan.";
  a->updated_at = now_ms;
  ++state.changes;
}

}  // namespace

void open_reply_link(AppState& state, const std::string& code, std::int64_t now_ms) {
  OpenedReply opened;
  ReplyDecode decoded = decode_reply(code);
  if (decoded.error != ShareError::None) {
    opened.message = decoded.message();
  } else if (!state.library.find(decoded.reply.framework_id)) {
    opened.message = foreign_framework_message(decoded.reply.framework_id);
  } else {
    opened.reply = std::move(decoded.reply);
    const Assessment* a = find_answered(state, opened.reply);
    if (!a) {
      opened.outcome = state.kiosk.active ? ReplyOutcome::ShownOnly : ReplyOutcome::NotOnDevice;
      opened.message = state.kiosk.active ? kReplyShownOnly : kReplyNotOnDevice;
    } else {
      opened.assessment_id = a->id;
      if (state.kiosk.active) {
        opened.outcome = ReplyOutcome::ShownOnly;
        opened.message = kReplyShownOnly;
      } else if (started_again(state, a->id)) {
        opened.outcome = ReplyOutcome::StartedAgain;
        opened.message = kReplyStartedAgain;
      } else {
        apply_reply(state, opened, encode_reply(opened.reply), now_ms);
      }
    }
  }
  state.sharing.opened_reply = std::move(opened);
  state.nav.go(Screen::Reply);
}

// ---- The manager's side ----

TeamMember* member_being_viewed(AppState& state) {
  for (TeamMember& m : state.sharing.team.members)
    if (m.id == state.sharing.viewing) return &m;
  return nullptr;
}

bool view_in_progress(AppState& state, ViewInProgress& out) {
  out.member = member_being_viewed(state);
  const OpenedShare* opened = state.sharing.opened ? &*state.sharing.opened : nullptr;
  const LibraryEntry* entry = out.member ? state.library.find(out.member->results.framework_id) : nullptr;
  if (!out.member || !out.member->view || !entry || !opened || !opened->resolved) return false;
  out.assessment = &opened->resolved->assessment;
  out.framework = &entry->framework;
  return true;
}

void start_my_view(AppState& state) {
  SharingState& sharing = state.sharing;
  if (!sharing.opened || !sharing.opened->resolved) return;
  const std::vector<FoundLink> links = find_links(sharing.opened->code);
  if (links.empty()) return;
  sharing.viewing = member_id_for(links.front().code);
  TeamMember* member = member_being_viewed(state);
  if (!member) {
    add_to_team(sharing.team, sharing.opened->code);
    ++sharing.team_changes;
    member = member_being_viewed(state);
  }
  if (!member) return;
  if (!member->view) {
    SupervisionReply view;
    view.binding = results_binding(member->results);
    view.framework_id = member->results.framework_id;
    view.framework_version = member->results.framework_version;
    member->view = std::move(view);
    ++sharing.team_changes;
  }
  state.nav.go(Screen::ManagerView);
}

const CapabilityView* find_view(const SupervisionReply& reply, int position) {
  for (const CapabilityView& v : reply.views)
    if (v.position == position) return &v;
  return nullptr;
}

CapabilityView& view_of(SupervisionReply& reply, int position) {
  for (CapabilityView& v : reply.views)
    if (v.position == position) return v;
  CapabilityView added;
  added.position = position;
  reply.views.push_back(added);
  return reply.views.back();
}

void view_changed(AppState& state) { ++state.sharing.team_changes; }

std::string reply_link(const std::string& page_url, SupervisionReply reply, std::int64_t now_ms) {
  reply.days_since_2020 = days_since_2020(now_ms);
  return link_base(page_url) + "#" + kReplyKey + "=" + encode_reply(reply);
}

}  // namespace capwalk
