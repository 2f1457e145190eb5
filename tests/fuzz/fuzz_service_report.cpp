// The service report built from any team: every 4 bytes are a person (role, setting,
// round, ratings), the first byte picks a group. Whatever the team, the report and its
// CSV are made without trouble, and the attacker's test (tests/unit/
// disclosure_attacker.h), given everyone's report beside the group's with two rounds
// compared, narrows no hidden figure about fewer than 5 people to within 5.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "../unit/disclosure_attacker.h"
#include "app/core/service_report.h"
#include "app/core/share_code.h"
#include "app/core/team_export.h"
#include "fuzz_support.h"

namespace {

using namespace capwalk;

constexpr const char* kRoles[] = {"receptionist", "nurse", "porter", ""};
constexpr const char* kRounds[] = {"Spring", "Autumn", ""};

Team team_from(const std::uint8_t* data, std::size_t size, const Framework& fw) {
  std::string links[3];
  for (std::size_t at = 1, person = 0; at + 4 <= size && person < 80; at += 4, ++person) {
    Assessment a;
    a.id = "a-" + std::to_string(person);
    a.framework_id = fw.id;
    a.framework_version = fw.version;
    a.role_id = kRoles[data[at] % 4];
    a.tier = 1;
    a.created_at = a.updated_at = 1772366400000LL + static_cast<std::int64_t>(person) * 86400000LL;
    for (std::size_t c = 0; c < fw.capabilities.size() && c < 3; ++c) {
      const std::string& id = fw.capabilities[c].id;
      a.capability_ids.push_back(id);
      a.answers[id].rating = static_cast<Rating>((data[at + 2 + c / 2] >> (4 * (c % 2))) % (kRatingOptionCount + 1));
    }
    if (!a.capability_ids.empty()) a.answers[a.capability_ids[0]].wants_training = data[at + 1] & 0x80;
    links[data[at + 1] % 3] += "https://x.example/#r=" + encode_share_code(a, fw, false) + "\n";
  }
  Team team;
  for (int r = 0; r < 3; ++r) add_to_team(team, links[r], kRounds[r]);
  return team;
}

std::string csv_of(const Team& team, const TeamAnswers& answers, const Framework& fw, ReportOptions options,
                   bool unprotected) {
  options.unprotected = unprotected;
  const ServiceReport report = build_service_report(team, answers, fw, nullptr, options);
  headline(report);
  return report_csv(report, fw, options.group, nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 5) return 0;
  const Framework& fw = fuzz::minimal_framework();
  const Team team = team_from(data, size, fw);
  const TeamAnswers answers = resolve_team(team, fw);
  ReportOptions group;
  switch (data[0] % 4) {
    case 0: group.group.role_id = kRoles[(data[0] >> 2) % 3]; break;
    case 1: group.group.round = kRounds[(data[0] >> 2) % 2]; break;
    case 2: group.group.role_id = kRoles[(data[0] >> 2) % 3]; group.group.round = kRounds[(data[0] >> 4) % 2]; break;
    default: break;
  }
  if (group.group.round.empty()) {
    group.compare_first = kRounds[0];
    group.compare_second = kRounds[1];
  }
  const std::vector<std::string> published = {csv_of(team, answers, fw, {}, false), csv_of(team, answers, fw, group, false)};
  const std::vector<std::string> truth = {csv_of(team, answers, fw, {}, true), csv_of(team, answers, fw, group, true)};
  if (!attacker::attack(published, truth, 5).exposed.empty()) std::abort();
  return 0;
}
