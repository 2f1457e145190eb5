// capwalk-disclosure-check — the attacker's test on reports a browser exported.
//
//   capwalk-disclosure-check LINKS_FILE ROUND CSV[:GROUP] ...
//
// Builds the team from LINKS_FILE (as "Open a file of links" does, every link in round
// ROUND, which may be empty) with the core framework, then for each CSV the service
// report of GROUP ("sector=housing,round=Spring 2026"; none for everyone; "compare=A|B"
// compares two rounds): the CSV must be exactly the report's export (so what the page
// offered is what app/core made), and all the CSVs together go to the attacker
// (tests/unit/disclosure_attacker.h), with the same reports unprotected as the truth.
// Prints what it tried; exits 1 when a CSV differs or a figure is exposed.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "../unit/disclosure_attacker.h"
#include "../unit/test_files.h"
#include "app/core/framework_loader.h"
#include "app/core/service_report.h"
#include "app/core/team_export.h"

using namespace capwalk;

namespace {

ReportOptions options_of(const std::string& spec) {
  ReportOptions options;
  std::stringstream parts(spec);
  std::string part;
  while (std::getline(parts, part, ',')) {
    const std::size_t eq = part.find('=');
    const std::string kind = part.substr(0, eq), value = eq == std::string::npos ? "" : part.substr(eq + 1);
    if (kind == "sector") options.group.sector = value;
    else if (kind == "role") options.group.role_id = value;
    else if (kind == "setting") options.group.setting = value;
    else if (kind == "round") options.group.round = value;
    else if (kind == "compare") {
      options.compare_first = value.substr(0, value.find('|'));
      options.compare_second = value.substr(value.find('|') + 1);
    }
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: capwalk-disclosure-check LINKS_FILE ROUND CSV[:GROUP] ...\n";
    return 2;
  }
  const std::string dir = std::string(CAPWALK_SOURCE_DIR) + "/frameworks/";
  std::vector<Framework> frameworks;
  for (const char* id : {"core", "esc", "nos", "peer-support"}) {
    FrameworkLoad load = load_framework(read_file(dir + id + ".json"));
    if (!load.framework) return 2;
    frameworks.push_back(std::move(*load.framework));
  }
  std::vector<const Framework*> pointers;
  for (const Framework& f : frameworks) pointers.push_back(&f);
  RolesLoad roles = load_roles(read_file(dir + "roles.json"), pointers);
  if (!roles.catalogue) return 2;
  Team team;
  add_to_team(team, read_file(argv[1]), argv[2]);
  const Framework& core = frameworks[0];
  const TeamAnswers answers = resolve_team(team, core);

  std::vector<std::string> published, truth;
  bool same = true;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::size_t colon = arg.find(':');
    const std::string file = arg.substr(0, colon);
    ReportOptions options = options_of(colon == std::string::npos ? "" : arg.substr(colon + 1));
    const std::string expected =
        report_csv(build_service_report(team, answers, core, &*roles.catalogue, options), core, options.group, &*roles.catalogue);
    published.push_back(read_file(file));
    if (published.back() != expected) {
      std::cout << file << ": differs from the report app/core makes for that group\n";
      same = false;
    }
    options.unprotected = true;
    truth.push_back(report_csv(build_service_report(team, answers, core, &*roles.catalogue, options), core, options.group,
                               &*roles.catalogue));
  }
  const attacker::AttackResult result = attacker::attack(published, truth, kDefaultSmallestGroup);
  std::cout << team.members.size() << " people; " << published.size() << " CSVs; " << result.hidden_figures
            << " hidden figures; " << result.small_checked << " small figures tried; " << result.exposed.size()
            << " exposed\n";
  for (const attacker::Exposure& e : result.exposed)
    std::cout << "exposed: " << e.figure << " = " << e.truth << ", worked out to " << e.low << " to " << e.high << "\n";
  return same && result.exposed.empty() ? 0 : 1;
}
