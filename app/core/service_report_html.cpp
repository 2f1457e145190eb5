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

std::string service_report_html(const ServiceReport& r, const Framework& fw, const RoleCatalogue* roles,
                                const std::string& group_text, const std::string& date_text,
                                const std::string& organisation) {
  std::string html = "<h1>Training needs: service report</h1>";
  html += p((organisation.empty() ? "" : organisation + " · ") + fw.short_title + " · " + group_text + " · " +
            (r.group_hidden ? "" : people_phrase(r.people) + " · ") + date_text);
  html += p(small_numbers_sentence(r.smallest) + " " + hidden_note(r.smallest));
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
  if (!r.settings.empty()) html += "<h2>What matters most in each setting</h2>";
  for (const SettingFigures& row : r.settings) {
    html += "<h3>" + html_escape(setting_names(roles, {row.setting_id}) + " (" +
                                 (row.hidden ? std::string("hidden") : people_phrase(row.people)) + ")") + "</h3>";
    if (row.hidden) {
      html += p("Too few people to show without giving them away.");
      continue;
    }
    html += "<ul>";
    for (const CapabilityFigures& f : row.top)
      html += li(title_of(fw, f.capability_id) + ": Not yet or Developing " +
                 share_text(f.needs, f.asked, f.needs_hidden || f.asked_hidden, r.smallest));
    html += "</ul>";
  }
  if (const RoundComparison* comparison = r.comparison ? &*r.comparison : nullptr) {
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
