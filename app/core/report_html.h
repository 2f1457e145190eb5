// report_html.h — printable HTML made from an assessment, for printing or saving as
// PDF from the browser. Every piece of text a person or a framework file supplied is
// escaped, so a note such as "<img src=x onerror=alert(1)>" prints as those characters.
#pragma once

#include <string>

#include "assessment.h"
#include "learning.h"
#include "framework.h"
#include "service_report.h"

namespace capwalk {

// &, <, >, " and ' as character references.
std::string html_escape(const std::string& text);

// The development plan as an HTML fragment (no <html>/<body>): a heading, who it is
// for, and each planned capability with its goal, action, date and support.
// Learning added to an item is listed with its address as a link, and Booked and Done
// with their dates.
std::string plan_html(const Assessment& assessment, const Framework& framework,
                      const std::string& date_text, const LearningCatalogue& learning,
                      const RoleCatalogue* roles = nullptr);

// The whole results report, A4-friendly: who, when, answered count, each area in
// words, development needs with suggested learning, strengths, things to discuss,
// every rating with notes, the plan, and a QR code of `share_link` (when given and
// short enough) so the paper leads back to the results. `roles` names the person's
// settings (their ids without it).
// Each need's learning is as the results screen shows it (learning.h: in_shown_order),
// the first few, each a link with its provider, format, length and cost.
std::string results_html(const Assessment& assessment, const Framework& framework,
                         const std::string& date_text, const std::string& share_link,
                         const LearningCatalogue& learning, const RoleCatalogue* roles = nullptr);

// The service report (service_report.h) for print, A4-friendly: the group, the
// headline, who answered, the top needs, each capability's shares and, when given, the
// figures in each setting and the round comparison. Hidden figures print as they are
// shown; individual people are not in it. `organisation` names whose service it is (may
// be empty); `roles` names the settings.
std::string service_report_html(const ServiceReport& report, const Framework& framework, const RoleCatalogue* roles,
                                const std::string& group_text,
                                const std::string& date_text, const std::string& organisation);

// The agenda for a supervision meeting, one A4 page: the person's development needs,
// their "Not sure" and "Not had the opportunity" answers, where the manager sees it
// differently or wants to talk (both ratings, never averaged), the agreed actions with
// their dates, and room for notes. `reply` is the manager's view (nullptr: none yet);
// `person` names whose conversation it is.
struct SupervisionReply;
std::string conversation_guide_html(const Assessment& assessment, const Framework& framework,
                                    const SupervisionReply* reply, const std::string& person,
                                    const std::string& date_text);

}  // namespace capwalk
