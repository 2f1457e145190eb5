#include "learning_view.h"

#include <algorithm>

#include "app/core/walkthrough.h"
#include "setting_view.h"
#include "widgets.h"

namespace capwalk::ui {

namespace {

// What a need shows before "Show all": the organisation's own (they come first) and the
// Start here pick, or the first one when there is no pick. One or two a need keeps the
// list of needs one to read, and the top needs near the top of the results.
std::size_t shown_at_first(const NeedLearning& need) {
  std::size_t n = 0;
  while (n < need.shown.size() && !need.shown[n]->organisation.empty()) ++n;
  if ((need.start_here && need.start_here->organisation.empty()) || n == 0) ++n;  // the pick follows them
  return std::min(n, need.shown.size());
}

bool in_plan(AppState& state, const std::string& capability_id, const std::string& resource_id) {
  const PlanItem* item = plan_item(state, capability_id);
  return item && std::find(item->learning.begin(), item->learning.end(), resource_id) != item->learning.end();
}

std::string about(const LearningResource& r) {
  std::string text = r.provider + " · " + learning_facts(r);
  if (!r.organisation.empty()) text += " · From " + r.organisation;
  return text;
}

// A kiosk's page must stay put: the address is written out and drawn as a QR code for
// the person's own phone.
void take_away(AppState& state, const LearningResource& r, const std::string& key) {
  paragraph(r.title);
  if (state.screen.learning_qr != key) {
    if (button(("Show the address and QR code##" + key).c_str())) state.screen.learning_qr = key;
    return;
  }
  note("Scan this with your phone's camera, or type the address:");
  qr_code(r.url, metrics().qr_size);
  read_only_field("Address of " + r.title, r.url, "address-" + key, metrics().text_area_height);
  if (button(("Hide the QR code##" + key).c_str())) state.screen.learning_qr.clear();
}

}  // namespace

const std::vector<std::string>& person_settings(AppState& state) {
  static const std::vector<std::string> none;
  const Assessment* a = current_assessment(state);
  return a ? a->settings : none;
}

void learning_resource(AppState& state, const Host& host, const LearningResource& r,
                       const std::string& capability_id, bool start_here, bool offer_add) {
  const std::string key = capability_id + "/" + r.id;
  if (start_here) {
    std::vector<std::string> made;
    for (const std::string& id : person_settings(state))
      if (contains(r.settings, id)) made.push_back(id);
    note(made.empty() ? std::string("Start here: free, online and the best match")
                      : "Start here: free, online and made for " + setting_short_names(state.library.roles(), made));
  }
  if (r.url.empty())
    paragraph(r.title);
  else if (state.kiosk.active)
    take_away(state, r, key);
  else
    link(r.title, r.url, "learning-" + key);
  note(about(r));
  if (!offer_add) return;
  if (in_plan(state, capability_id, r.id))
    note("In your plan");
  else if (button(("Add to my plan##" + key).c_str()))
    add_learning_to_plan(state, capability_id, r.id, call(host.now_ms));
}

void need_learning(AppState& state, const Host& host, const Framework& fw, const Capability& c, int tier) {
  const NeedLearning& need = state.library.learning_for_need(fw.id, c, tier, person_settings(state));
  const std::vector<const LearningResource*>& shown = need.shown;
  const LearningResource* first = need.start_here;
  const bool all = state.screen.more_learning.count(c.id) > 0;
  const std::size_t at_first = shown_at_first(need);
  for (std::size_t i = 0; i < shown.size() && (all || i < at_first); ++i) {
    gap(metrics().gap_tight);
    learning_resource(state, host, *shown[i], c.id, shown[i] == first, true);
  }
  if (!all && shown.size() > at_first) {
    const std::string label = "Show all " + std::to_string(shown.size()) + " ways to learn this##" + c.id;
    if (button(label.c_str())) state.screen.more_learning.insert(c.id);
  }
  for (const LearningSuggestion& l : c.learning)  // a framework file's own suggestions
    bullet(l.title + " – " + l.provider + " (" + l.format + ")" + (l.url.empty() ? "" : " " + l.url));
}

void training_contact(const AppState& state, const Host& host) {
  const Organisation* org = state.library.organisation();
  if (!org || org->contact.name.empty()) return;
  const TrainingContact& c = org->contact;
  heading("Help with training at " + org->name, 2);
  paragraph("Ask " + c.name + " about courses, time to learn and funding.");
  if (!c.phone.empty()) paragraph("Phone: " + c.phone);
  if (!c.email.empty()) {
    paragraph("Email: " + c.email);
    if (!state.kiosk.active && button(("Email " + c.name).c_str())) call(host.open_link, "mailto:" + c.email);
  }
  if (!c.url.empty()) {
    if (state.kiosk.active)
      paragraph("Web page: " + c.url);
    else
      link("Training at " + org->name, c.url, "training-contact");
  }
}

}  // namespace capwalk::ui
