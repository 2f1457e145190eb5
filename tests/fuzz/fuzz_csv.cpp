// CSV in and out. Any text parses; each parsed row written again reads back as the
// same fields made spreadsheet-safe; and the team's CSV, with the input as a
// capability title, a person's label and a role title, has no field a spreadsheet
// would run as a formula.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/core/share_code.h"
#include "app/core/team.h"
#include "app/core/team_answers.h"
#include "app/core/team_export.h"
#include "fuzz_support.h"

namespace {

bool formula_like(const std::string& field) {
  return !field.empty() && std::string("=+-@\t\r").find(field[0]) != std::string::npos;
}

void rows_round_trip(const std::string& text) {
  for (const std::vector<std::string>& row : capwalk::parse_csv(text)) {
    std::vector<std::string> safe;
    for (const std::string& field : row) safe.push_back(capwalk::spreadsheet_safe(field));
    const auto back = capwalk::parse_csv(capwalk::csv_row(row));
    if (back.size() != 1 || back[0] != safe) std::abort();
  }
}

void team_export(const std::string& text) {
  capwalk::Framework fw = fuzz::minimal_framework();
  fw.capabilities[0].title = text;
  capwalk::Assessment a;
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.role_id = "r";
  a.capability_ids = {fw.capabilities[0].id};
  a.answers[fw.capabilities[0].id].rating = capwalk::Rating::NotYet;
  capwalk::Team team;
  if (capwalk::add_to_team(team, capwalk::encode_share_code(a, fw, false)).added != 1) std::abort();
  team.members[0].label = text;
  capwalk::RoleCatalogue roles;
  capwalk::Role role;
  role.id = "r";
  role.title = text;
  roles.roles.push_back(role);
  const auto table = capwalk::parse_csv(capwalk::team_csv(team, fw, capwalk::TeamFilter{}, &roles));
  if (table.size() != 2 || table[0].size() != 7 || table[1].size() != 7) std::abort();
  for (const auto& row : table)
    for (const std::string& field : row)
      if (formula_like(field)) std::abort();
  if (table[0][6] != capwalk::spreadsheet_safe(text)) std::abort();
  // The long CSV too: one row for the one answer, every field safe.
  const auto rows = capwalk::parse_csv(capwalk::long_csv(team, capwalk::resolve_team(team, fw), fw, capwalk::TeamFilter{}, &roles));
  if (rows.size() != 2 || rows[1].size() != 11 || rows[1][8] != capwalk::spreadsheet_safe(text)) std::abort();
  for (const auto& row : rows)
    for (const std::string& field : row)
      if (formula_like(field)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  rows_round_trip(text);
  team_export(text);
  return 0;
}
