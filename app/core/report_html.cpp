#include "report_html.h"

#include "dates.h"
#include "qr.h"

namespace capwalk {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {
std::string field(const char* label, const std::string& value) {
  return "<dt>" + std::string(label) + "</dt><dd>" +
         (value.empty() ? std::string("—") : html_escape(value)) + "</dd>";
}
}  // namespace

namespace {

std::string li(const std::string& text) { return "<li>" + html_escape(text) + "</li>"; }

std::string label(Rating r) {
  const RatingInfo* info = rating_info(r);
  return info ? info->label : "Not answered";
}

std::string heading_line(const Assessment& a, const Framework& fw, const std::string& date_text,
                         const RoleCatalogue* roles) {
  std::string html = "<p>" + html_escape(a.role_title);
  if (fw.is_tiered()) html += " · Tier " + std::to_string(a.tier);
  if (!a.settings.empty()) html += " · " + html_escape(setting_names(roles, a.settings));
  return html + " · " + html_escape(fw.short_title) + " · " + html_escape(date_text) + "</p>";
}

// A resource as a list item: the title as a link (opened in a new tab, telling the
// provider nothing of where it came from), then what a reader weighs.
std::string resource_html(const LearningResource& r, bool start_here) {
  std::string html = "<li>";
  if (start_here) html += "<strong>Start here:</strong> ";
  html += r.url.empty() ? html_escape(r.title)
                        : "<a href=\"" + html_escape(r.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                              html_escape(r.title) + "</a>";
  html += " – " + html_escape(r.provider + " · " + learning_facts(r));
  if (!r.organisation.empty()) html += " · From " + html_escape(r.organisation);
  if (!r.url.empty()) html += "<br><span class=\"small\">" + html_escape(r.url) + "</span>";
  return html + "</li>";
}

// Paper has room for a few; the screen has the rest.
constexpr std::size_t kPrintedPerNeed = 3;

std::string need_learning_html(const LearningCatalogue& learning, const Framework& fw, const Capability& c,
                               const Assessment& a) {
  const NeedLearning need = need_learning(learning, fw.id, c, a.tier, a.settings);
  std::string items;
  for (std::size_t i = 0; i < need.shown.size() && i < kPrintedPerNeed; ++i)
    items += resource_html(*need.shown[i], need.shown[i] == need.start_here);
  for (const LearningSuggestion& l : c.learning)  // a framework file's own suggestions
    items += li(l.title + " – " + l.provider + " (" + l.format + ")" + (l.url.empty() ? "" : " " + l.url));
  return items.empty() ? "" : "<ul>" + items + "</ul>";
}

}  // namespace

std::string results_html(const Assessment& a, const Framework& fw, const std::string& date_text,
                         const std::string& share_link, const LearningCatalogue& learning,
                         const RoleCatalogue* roles) {
  const Results r = compute_results(a, fw);
  std::string html = "<h1>Mental health capabilities: results</h1>" + heading_line(a, fw, date_text, roles);
  html += "<p>Answered " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " capabilities.</p>";
  html += "<h2>By area</h2><ul>";
  for (const DomainResult& d : r.domains) {
    std::string words;
    for (const RatingInfo& option : rating_options()) {
      auto it = d.counts.find(option.rating);
      if (it != d.counts.end() && it->second > 0)
        words += (words.empty() ? "" : ", ") + std::to_string(it->second) + " " + option.label;
    }
    html += li(d.title + ": " + (words.empty() ? std::string("not answered") : words));
  }
  html += "</ul><h2>What to work on first</h2>";
  if (r.needs.empty()) html += "<p>No development needs.</p>";
  html += "<ol>";
  for (const Need& need : r.needs) {
    const Capability* c = fw.find_capability(need.capability_id);
    if (!c) continue;
    html += "<li><strong>" + html_escape(c->title) + "</strong> (" + html_escape(label(need.rating)) +
            (need.wants_training ? ", asked for training" : "") +
            (need.emphasised ? ", matters most where you work" : "") + ")";
    html += need_learning_html(learning, fw, *c, a);
    html += "</li>";
  }
  html += "</ol><h2>Strengths</h2><ul>";
  for (const std::string& id : r.strengths)
    if (const Capability* c = fw.find_capability(id)) html += li(c->title);
  html += "</ul><h2>To talk through with a manager</h2><ul>";
  for (const std::string& id : r.to_discuss)
    if (const Capability* c = fw.find_capability(id)) html += li(c->title + ": " + label(a.answers.at(id).rating));
  html += "</ul>";
  if (!r.skipped.empty()) {
    html += "<h2>Skipped (optional where you work)</h2><ul>";
    for (const std::string& id : r.skipped)
      if (const Capability* c = fw.find_capability(id)) html += li(c->title);
    html += "</ul>";
  }
  html += "<h2>Every rating</h2><ul>";
  for (const std::string& id : a.capability_ids) {
    const Capability* c = fw.find_capability(id);
    if (!c) continue;
    const auto it = a.answers.find(id);
    const Answer answer = it == a.answers.end() ? Answer{} : it->second;
    html += "<li>" + html_escape(c->title + ": " + label(answer.rating));
    if (!answer.note.empty()) html += "<br><em>Note:</em> " + html_escape(answer.note);
    html += "</li>";
  }
  html += "</ul>";
  if (!a.plan.empty()) {
    std::string plan = plan_html(a, fw, date_text, learning, roles);
    html += "<div class=\"plan\">" + plan + "</div>";
  }
  const QrGrid grid = share_link.empty() ? QrGrid{} : make_qr(share_link);
  if (grid.size > 0)
    html += "<div class=\"qr\">" + qr_svg(grid, 160) +
            "<p class=\"small\">Scan to open these results in capwalk.</p></div>";
  html += "<p class=\"small\">Made with capwalk on the person's own device.</p>";
  return html;
}

std::string plan_html(const Assessment& a, const Framework& fw, const std::string& date_text,
                      const LearningCatalogue& learning, const RoleCatalogue* roles) {
  std::string html = "<h1>Development plan</h1>" + heading_line(a, fw, date_text, roles);
  if (a.plan.empty()) html += "<p>No capabilities have been added to the plan yet.</p>";
  for (const PlanItem& item : a.plan) {
    const Capability* c = fw.find_capability(item.capability_id);
    html += "<section><h2>" + html_escape(c ? c->title : item.capability_id) + "</h2><dl>" +
            field("Goal", item.goal) + field("What I will do", item.action) +
            field("By when", item.by_when) + field("Support I need", item.support);
    if (item.booked_at != 0) html += field("Booked", format_date(item.booked_at));
    if (item.done_at != 0) html += field("Done", format_date(item.done_at));
    html += "</dl>";
    std::string items;
    for (const std::string& id : item.learning)
      if (const LearningResource* r = learning.find(id)) items += resource_html(*r, false);
    if (!items.empty()) html += "<h3>Learning</h3><ul>" + items + "</ul>";
    html += "</section>";
  }
  html += "<p class=\"small\">Made with capwalk. This plan was made on the person's own device.</p>";
  return html;
}

}  // namespace capwalk
