// The printed service report: the same words as the report screen, as HTML.
#include "report_html.h"

namespace capwalk {

namespace {

std::string li(const std::string& text) { return "<li>" + html_escape(text) + "</li>"; }
std::string p(const std::string& text) { return "<p>" + html_escape(text) + "</p>"; }

std::string title_of(const Framework& fw, const std::string& id) {
  const Capability* c = fw.find_capability(id);
  return c ? c->title : id;
}

std::string top_list(const ServiceReport& r, const Framework& fw, const std::vector<std::string>& ids) {
  if (ids.empty()) return p("No needs yet.");
  std::string html = "<ol>";
  for (const std::string& id : ids)
    if (const CapabilityFigures* f = figures_of(r, id)) html += li(title_of(fw, id) + ": " + need_shares_text(*f, r.smallest));
  return html + "</ol>";
}

}  // namespace

std::string service_report_html(const ServiceReport& r, const RoundComparison* comparison, const Framework& fw,
                                const std::string& group_text, const std::string& date_text,
                                const std::string& organisation) {
  std::string html = "<h1>Training needs: service report</h1>";
  html += p((organisation.empty() ? "" : organisation + " · ") + fw.short_title + " · " + group_text + " · " +
            people_phrase(r.people) + " · " + date_text);
  html += p("Figures about " + fewer_than(r.smallest) + " people are not shown. " + hidden_note(r.smallest));
  if (r.group_hidden) return html + p("This group is too small to report on without giving people away.");
  html += "<h2>In short</h2>" + p(headline(r));
  html += "<h2>Who answered</h2>";
  for (const Breakdown& b : r.breakdowns) {
    html += "<h3>" + html_escape(b.title) + "</h3><ul>";
    for (const GroupCount& row : b.rows) html += li(group_count_text(row, r.people, r.smallest));
    html += "</ul>";
    if (b.overlapping) html += p("Someone who works in several settings is counted in each.");
  }
  html += "<h2>Top training needs</h2>";
  if (r.group_chosen) html += "<h3>In this group</h3>" + top_list(r, fw, r.top_group) + "<h3>Across everyone</h3>";
  html += top_list(r, fw, r.top_everyone);
  html += "<h2>Capability by capability</h2>";
  for (const CapabilityFigures& f : r.capabilities) {
    html += "<h3>" + html_escape(title_of(fw, f.capability_id)) + "</h3>";
    html += p(rating_shares_text(f, r.smallest)) + p(need_shares_text(f, r.smallest));
  }
  if (comparison) {
    html += "<h2>" + html_escape(comparison->first + " compared with " + comparison->second) + "</h2>";
    if (comparison->hidden) {
      html += p("One of these rounds is too small to compare without giving people away.");
    } else {
      html += "<ul>";
      for (const RoundChange& row : comparison->rows)
        html += li(title_of(fw, row.capability_id) + ". " + round_change_line(row, *comparison, r.smallest));
      html += "</ul>";
    }
  }
  return html;
}

}  // namespace capwalk
