#include "supervision_view.h"

#include "app/core/supervision.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

void actions_and_overall(const SupervisionReply& reply, const Framework& fw) {
  if (!reply.actions.empty()) heading("Agreed actions", 3);
  for (const AgreedAction& action : reply.actions) {
    const Capability* c = capability_at(fw, action.position);
    bullet((c ? c->title + ": " : std::string()) + action.what + (action.by_when.empty() ? "" : " · by " + action.by_when) +
           (action.support.empty() ? "" : " · support: " + action.support));
  }
  if (!reply.overall.empty()) paragraph("Overall: " + reply.overall);
}

}  // namespace

void manager_view_lines(const Assessment& a, const Framework& fw, const SupervisionReply& reply) {
  const std::vector<ViewPair> pairs = side_by_side(a, fw, reply);
  const bool any_to_talk = !pairs.empty() && pairs.front().to_talk_about();
  if (any_to_talk) heading("To talk about", 3);
  bool same_heading = false;
  for (const ViewPair& pair : pairs) {
    if (!pair.to_talk_about() && !same_heading) {
      heading("You see these the same way", 3);
      same_heading = true;
    }
    const Capability* c = fw.find_capability(pair.capability_id);
    bullet((c ? c->title : pair.capability_id) + ". " + pair_text(pair, "Your manager"));
    if (!pair.view.comment.empty()) note("Your manager's comment: " + pair.view.comment);
  }
  actions_and_overall(reply, fw);
}

void manager_view_alone(const Framework& fw, const SupervisionReply& reply) {
  for (const CapabilityView& view : reply.views) {
    const Capability* c = capability_at(fw, view.position);
    if (!c) continue;
    const RatingInfo* rating = rating_info(view.rating);
    bullet(c->title + ". " + view_kind_label(view.kind) + (rating ? std::string(": ") + rating->label : std::string()) + ".");
    if (!view.comment.empty()) note("Your manager's comment: " + view.comment);
  }
  actions_and_overall(reply, fw);
}

}  // namespace capwalk::ui
