#include "report_html.h"

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
         (value.empty() ? std::string("\xE2\x80\x94") : html_escape(value)) + "</dd>";
}
}  // namespace

std::string plan_html(const Assessment& a, const Framework& fw, const std::string& date_text) {
  std::string html = "<h1>Development plan</h1><p>" + html_escape(a.role_title);
  if (fw.is_tiered()) html += " \xC2\xB7 Tier " + std::to_string(a.tier);
  html += " \xC2\xB7 " + html_escape(fw.short_title) + " \xC2\xB7 " + html_escape(date_text) + "</p>";
  if (a.plan.empty()) html += "<p>No capabilities have been added to the plan yet.</p>";
  for (const PlanItem& item : a.plan) {
    const Capability* c = fw.find_capability(item.capability_id);
    html += "<section><h2>" + html_escape(c ? c->title : item.capability_id) + "</h2><dl>" +
            field("Goal", item.goal) + field("What I will do", item.action) +
            field("By when", item.by_when) + field("Support I need", item.support) +
            "</dl></section>";
  }
  html += "<p class=\"small\">Made with capwalk. This plan was made on the person's own device.</p>";
  return html;
}

}  // namespace capwalk
