// The one-page agenda for a supervision or appraisal meeting (report_html.h).
#include "report_html.h"
#include "supervision.h"

namespace capwalk {

namespace {

std::string li(const std::string& text) { return "<li>" + html_escape(text) + "</li>"; }

std::string rating_words(Rating r) {
  const RatingInfo* info = rating_info(r);
  return info ? info->label : "Not answered";
}

std::string needs_html(const Results& r, const Framework& fw) {
  std::string html = "<h2>Development needs</h2>";
  if (r.needs.empty()) return html + "<p>None.</p>";
  html += "<ol>";
  for (const Need& need : r.needs)
    if (const Capability* c = fw.find_capability(need.capability_id))
      html += li(c->title + " (" + rating_words(need.rating) + (need.wants_training ? ", asked for training" : "") + ")");
  return html + "</ol>";
}

std::string unsure_html(const Results& r, const Assessment& a, const Framework& fw) {
  std::string html = "<h2>Not sure, or not had the opportunity</h2>";
  if (r.to_discuss.empty()) return html + "<p>None.</p>";
  html += "<ul>";
  for (const std::string& id : r.to_discuss)
    if (const Capability* c = fw.find_capability(id)) html += li(c->title + ": " + rating_words(a.answers.at(id).rating));
  return html + "</ul>";
}

std::string views_html(const std::vector<ViewPair>& pairs, const Framework& fw) {
  std::string html = "<h2>Where the manager sees it differently, or wants to talk</h2>";
  std::string items;
  for (const ViewPair& pair : pairs) {
    if (!pair.to_talk_about()) continue;
    const Capability* c = fw.find_capability(pair.capability_id);
    if (!c) continue;
    items += "<li><strong>" + html_escape(c->title) + "</strong>: " + html_escape(pair_text(pair, "Manager"));
    if (!pair.view.comment.empty()) items += "<br><em>Comment:</em> " + html_escape(pair.view.comment);
    items += "</li>";
  }
  return html + (items.empty() ? "<p>None yet.</p>" : "<ul>" + items + "</ul>");
}

std::string actions_html(const SupervisionReply& reply, const Framework& fw) {
  std::string html = "<h2>Agreed actions</h2>";
  if (reply.actions.empty()) return html + "<p>None yet.</p>";
  html += "<ol>";
  for (const AgreedAction& action : reply.actions) {
    const Capability* c = capability_at(fw, action.position);
    html += "<li><strong>" + html_escape(c ? c->title : "A capability") + "</strong>: " + html_escape(action.what);
    if (!action.by_when.empty()) html += "<br><em>By when:</em> " + html_escape(action.by_when);
    if (!action.support.empty()) html += "<br><em>Support:</em> " + html_escape(action.support);
    html += "</li>";
  }
  return html + "</ol>";
}

}  // namespace

std::string conversation_guide_html(const Assessment& a, const Framework& fw, const SupervisionReply* reply,
                                    const std::string& person, const std::string& date_text) {
  const Results r = compute_results(a, fw);
  std::string html = "<h1>Supervision: conversation guide</h1><p>" + html_escape(person) + " · " +
                     html_escape(a.role_title) + " · " + html_escape(fw.short_title) + " · " +
                     html_escape(date_text) + "</p>";
  html += needs_html(r, fw) + unsure_html(r, a, fw);
  const SupervisionReply none;
  const SupervisionReply& view = reply ? *reply : none;
  html += views_html(side_by_side(a, fw, view), fw) + actions_html(view, fw);
  if (!view.overall.empty()) html += "<h2>Overall</h2><p>" + html_escape(view.overall) + "</p>";
  html += "<h2>Notes from the meeting</h2><p class=\"lines\">&nbsp;</p>";
  html += "<p class=\"small\">Made with capwalk. The person's own ratings and the manager's view are shown "
          "side by side, never averaged.</p>";
  return html;
}

}  // namespace capwalk
