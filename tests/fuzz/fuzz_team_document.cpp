// The team kept in localStorage may be edited, cut short, or written by another
// version. Whatever reads must write back to a document that reads the same (kept
// members included), must count and export without trouble, and must take pasted
// links (the input again) without losing what it keeps.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/core/team.h"
#include "app/core/team_answers.h"
#include "app/core/service_report.h"
#include "app/core/team_export.h"
#include "fuzz_support.h"

namespace {

// Written, read and written again: the same text and the same people.
void require_stable(const capwalk::Team& team) {
  const std::string saved = capwalk::team_to_json(team);
  const capwalk::TeamRead again = capwalk::read_team_document(saved);
  if (again.status != capwalk::TeamDocumentStatus::Ok) std::abort();
  if (again.team.members.size() != team.members.size() || again.team.kept.size() != team.kept.size()) std::abort();
  if (capwalk::team_to_json(again.team) != saved) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  capwalk::TeamRead read = capwalk::read_team_document(text);
  if (read.status != capwalk::TeamDocumentStatus::Ok) return 0;
  capwalk::Team& team = read.team;
  require_stable(team);
  capwalk::kept_member_lines(team);
  const capwalk::Framework& fw = fuzz::minimal_framework();
  const capwalk::TeamAnswers answers = capwalk::resolve_team(team, fw);
  capwalk::top_needs(capwalk::tally(team, answers, fw, capwalk::TeamFilter{}), 5);
  capwalk::team_csv(team, fw, capwalk::TeamFilter{}, nullptr);
  capwalk::long_csv(team, answers, fw, capwalk::TeamFilter{}, nullptr);
  const capwalk::ServiceReport report = capwalk::build_service_report(team, answers, fw, nullptr, {});
  capwalk::headline(report);
  capwalk::report_csv(report, fw, capwalk::TeamFilter{}, nullptr);
  for (const capwalk::FoundLink& link : capwalk::find_links(text))
    if (link.line < 1 || text.find(link.code) == std::string_view::npos) std::abort();
  const std::size_t kept = team.kept.size();
  capwalk::add_to_team(team, std::string(text));
  if (team.kept.size() > kept) std::abort();  // kept members only ever come back
  require_stable(team);
  return 0;
}
