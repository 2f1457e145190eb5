// The team as it is kept on the manager's device: a versioned document that keeps
// what this version cannot read, reads the unversioned documents of earlier versions,
// and says so when it cannot be saved. Also the team's CSV in spreadsheets.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/core/app_state.h"
#include "app/core/share_code.h"
#include "app/core/sharing.h"
#include "app/core/team.h"
#include "app/core/team_export.h"
#include "app/core/vault.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {

Assessment answered(const Framework& fw, const std::string& role_id, Rating first) {
  Assessment a;
  a.id = "a-" + role_id;
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.role_id = role_id;
  a.tier = 1;
  a.created_at = a.updated_at = 1773576000000;
  a.finished = true;
  for (std::size_t i = 0; i < 3; ++i) a.capability_ids.push_back(fw.capabilities[i].id);
  a.answers[a.capability_ids[0]].rating = first;
  return a;
}

std::string core_code(const std::string& role_id, Rating first = Rating::NotYet) {
  return encode_share_code(answered(core(), role_id, first), core(), false);
}

std::string esc_code() { return encode_share_code(answered(esc(), "gp", Rating::Developing), esc(), false); }

// A link as a later capwalk might make it: format version 2, with a good checksum.
std::string newer_format_code() {
  std::vector<std::uint8_t> bytes;
  REQUIRE(base64url_decode(core_code("gp"), bytes));
  bytes.resize(bytes.size() - 4);
  bytes[0] = kShareFormat + 1;
  const std::uint32_t crc = crc32(bytes.data(), bytes.size());
  for (int k = 0; k < 4; ++k) bytes.push_back(static_cast<std::uint8_t>(crc >> (8 * k)));
  const std::string code = base64url_encode(bytes);
  REQUIRE(decode_share_code(code).error == ShareError::NewerFormat);
  return code;
}

// The team document as capwalk wrote it before the document had a version.
std::string unversioned_document(const std::vector<std::pair<std::string, std::string>>& labelled_codes) {
  std::string members;
  for (const auto& [label, code] : labelled_codes)
    members += std::string(members.empty() ? "" : ",") + "{\"id\":\"m-x\",\"label\":\"" + label +
               "\",\"code\":\"" + code + "\"}";
  return "{\"framework_id\":\"core\",\"members\":[" + members + "]}";
}

int not_yet_count(const Team& team, const std::string& capability_id) {
  for (const CapabilityTally& t : tally(team, core(), TeamFilter{}))
    if (t.capability_id == capability_id) return t.counts.at(Rating::NotYet);
  FAIL("no tally for " << capability_id);
  return -1;
}

AppState team_of(const std::string& links) {
  AppState state;
  add_to_team(state.sharing.team, links);
  return state;
}

}  // namespace

TEST_CASE("A member whose link this version cannot read is kept through loading and saving") {
  const std::string newer = newer_format_code();
  const std::string text = unversioned_document({{"Ann", core_code("gp-receptionist")}, {"Bo", newer}});

  const TeamRead read = read_team_document(text);
  REQUIRE(read.status == TeamDocumentStatus::Ok);
  CHECK(read.version == 1);
  REQUIRE(read.team.members.size() == 1);
  CHECK(read.team.members[0].label == "Ann");
  REQUIRE(read.team.kept.size() == 1);
  CHECK(read.team.kept[0].code == newer);
  CHECK(read.team.kept[0].label == "Bo");
  CHECK(kept_member_lines(read.team) ==
        std::vector<std::string>{"1 link could not be read by this version of capwalk; it is kept."});
  // Counted nowhere: one person, one Not yet.
  CHECK(not_yet_count(read.team, core().capabilities[0].id) == 1);

  const std::string saved = team_to_json(read.team);
  CHECK(saved.find(newer) != std::string::npos);
  CHECK(saved.find("\"label\":\"Bo\"") != std::string::npos);
  const TeamRead again = read_team_document(saved);
  REQUIRE(again.status == TeamDocumentStatus::Ok);
  CHECK(again.version == kTeamDocumentVersion);
  CHECK(again.team.members.size() == 1);
  REQUIRE(again.team.kept.size() == 1);
  CHECK(again.team.kept[0].code == newer);
  CHECK(team_to_json(again.team) == saved);

  // Adding and removing people leaves the kept member alone, and its number unused.
  Team team = again.team;
  add_to_team(team, core_code("gp"));
  CHECK(team.members.back().label == "Person 1");
  remove_from_team(team, team.members.front().id);
  CHECK(read_team_document(team_to_json(team)).team.kept.size() == 1);
}

TEST_CASE("Two unreadable links are named together; a version 2 team's other framework joins it") {
  const std::string text = "{\"app\":\"capwalk-team\",\"version\":2,\"framework_id\":\"core\",\"members\":["
                           "{\"label\":\"A\",\"code\":\"" + core_code("gp") + "\"},{\"label\":\"B\",\"code\":\"not-a-code\"},"
                           "{\"label\":\"C\",\"code\":\"" + newer_format_code() + "\"},"
                           "{\"label\":\"D\",\"code\":\"" + esc_code() + "\"}]}";
  const TeamRead read = read_team_document(text);
  CHECK(read.version == 2);
  const Team& team = read.team;
  REQUIRE(team.members.size() == 2);
  CHECK(team.members[1].label == "D");
  CHECK(team_frameworks(team) == std::vector<std::string>{"core", "esc"});
  CHECK(kept_member_lines(team) ==
        std::vector<std::string>{"2 links could not be read by this version of capwalk; they are kept."});
  CHECK(kept_member_lines(Team{}).empty());
}

TEST_CASE("A team document from today's capwalk is read as it was, and written with a version") {
  const std::string text = unversioned_document({{"Ward lead", core_code("gp")}, {"", core_code("gp-receptionist")}});
  Team team;
  REQUIRE(team_from_json(text, team));
  REQUIRE(team.members.size() == 2);
  CHECK(team.members[0].label == "Ward lead");
  CHECK(team.members[1].label == "Person 1");
  CHECK(team.members[1].results.role_id == "gp-receptionist");
  CHECK(team.kept.empty());
  const std::string saved = team_to_json(team);
  CHECK(saved.compare(0, 32, "{\"app\":\"capwalk-team\",\"members\":") == 0);
  CHECK(saved.find("\"version\":4") != std::string::npos);
  CHECK(saved.find("framework_id") == std::string::npos);
}

TEST_CASE("A team document from a newer capwalk, or not a team document, is not read") {
  const std::string members = "\"framework_id\":\"core\",\"members\":[{\"code\":\"" + core_code("gp") + "\"}]";
  const TeamRead newer = read_team_document("{\"app\":\"capwalk-team\",\"version\":5," + members + "}");
  CHECK(newer.status == TeamDocumentStatus::Newer);
  CHECK(newer.version == 5);
  CHECK(newer.team.members.empty());
  CHECK(read_team_document("{\"app\":\"capwalk-team\",\"version\":2," + members + "}").status ==
        TeamDocumentStatus::Ok);
  CHECK(read_team_document("{\"app\":\"other\",\"version\":2," + members + "}").status ==
        TeamDocumentStatus::Unreadable);
  CHECK(read_team_document("{\"app\":\"capwalk-team\",\"version\":0," + members + "}").status ==
        TeamDocumentStatus::Unreadable);
  CHECK(read_team_document("{\"app\":\"capwalk-team\",\"version\":\"2\"," + members + "}").status ==
        TeamDocumentStatus::Unreadable);
  CHECK(read_team_document("{\"app\":\"capwalk-team\"," + members + "}").status == TeamDocumentStatus::Unreadable);
  CHECK(read_team_document("").status == TeamDocumentStatus::Empty);
  CHECK(read_team_document(" \n").status == TeamDocumentStatus::Empty);
  CHECK(read_team_document("{\"framework_id\":\"core\",\"members\":[").status == TeamDocumentStatus::Unreadable);
  CHECK(read_team_document(std::string(40, '[') + std::string(40, ']')).status == TeamDocumentStatus::Unreadable);
}

TEST_CASE("Rounds and names are kept with the team, and a round is trimmed") {
  Team team;
  REQUIRE(add_to_team(team, core_code("gp") + " " + core_code("gp-receptionist"), "  Spring 2026 \n").added == 2);
  REQUIRE(add_to_team(team, esc_code(), "Autumn 2026").added == 1);
  CHECK(team.members[0].round == "Spring 2026");
  CHECK(team.members[2].round == "Autumn 2026");
  CHECK(team_rounds(team) == std::vector<std::string>{"Spring 2026", "Autumn 2026"});
  CHECK(start_import("", std::string(100, 'r')).round.size() == kMaxRoundLength);

  CHECK(rename_member(team, team.members[1].id, "  Sam  "));
  CHECK_FALSE(rename_member(team, team.members[1].id, "   "));
  CHECK_FALSE(rename_member(team, "m-nobody", "Kim"));
  CHECK(team.members[1].label == "Sam");

  Team back;
  REQUIRE(team_from_json(team_to_json(team), back));
  REQUIRE(back.members.size() == 3);
  CHECK(back.members[1].label == "Sam");
  CHECK(back.members[0].round == "Spring 2026");
  CHECK(back.members[2].round == "Autumn 2026");
  CHECK(team_to_json(back) == team_to_json(team));
  // The next person after Sam is numbered after everyone, not in Sam's place.
  REQUIRE(add_to_team(back, core_code("nurse")).added == 1);
  CHECK(back.members.back().label == "Person 4");
}

TEST_CASE("An import in steps adds the same people as one all at once, and reports its progress") {
  std::string text;
  for (const char* role : {"gp", "gp-receptionist", "nurse", "pharmacist", "paramedic"}) text += core_code(role) + "\n";
  Team stepped;
  TeamImport job = start_import(text + text, "");
  CHECK(job.links.size() == 10);
  int steps = 0;
  while (!job.done()) {
    continue_import(stepped, job, 3);
    ++steps;
  }
  CHECK(steps == 4);
  CHECK(job.outcome.added == 5);
  CHECK(job.outcome.duplicates == 5);
  Team at_once;
  add_to_team(at_once, text);
  CHECK(team_to_json(at_once) == team_to_json(stepped));
}

TEST_CASE("A team that cannot be saved says so, until a save works again") {
  MemoryStore store;
  AppState state = team_of(core_code("gp"));
  save_team(state, store);
  CHECK(state.sharing.team_banner.empty());
  const std::string first = store.values.at(kTeamKey);

  add_to_team(state.sharing.team, core_code("gp-receptionist"));
  store.quota_bytes = first.size() + 20;  // room for the first team, not a bigger one
  save_team(state, store);
  CHECK(state.sharing.team_banner ==
        "capwalk could not save your team on this device (the browser's storage is full or switched "
        "off). The team is kept until you close this page.");
  CHECK(store.values.at(kTeamKey) == first);
  CHECK(state.sharing.team.members.size() == 2);

  store.quota_bytes = 0;
  save_team(state, store);
  CHECK(state.sharing.team_banner.empty());
  AppState reopened;
  open_team(reopened, store);
  CHECK(reopened.sharing.team.members.size() == 2);
  CHECK(reopened.sharing.team_banner.empty());

  store.unavailable = true;
  save_team(state, store);
  CHECK_FALSE(state.sharing.team_banner.empty());
}

TEST_CASE("A team saved by a newer capwalk is left untouched") {
  MemoryStore store;
  const std::string newer = "{\"app\":\"capwalk-team\",\"version\":9,\"whatever\":[]}";
  store.values[kTeamKey] = newer;
  AppState state;
  open_team(state, store);
  CHECK(state.sharing.team_read_only);
  CHECK(state.sharing.team_banner ==
        "The team on this device was saved by a newer version of capwalk. It has been left untouched. "
        "Reload the page to get the newer version; until then changes to the team are not saved.");
  add_to_team(state.sharing.team, core_code("gp"));
  save_team(state, store);
  CHECK(store.values.at(kTeamKey) == newer);

  // A newer capwalk in another tab saves while this one is open.
  AppState other = team_of(core_code("gp"));
  MemoryStore shared;
  open_team(other, shared);
  add_to_team(other.sharing.team, core_code("gp"));
  shared.values[kTeamKey] = newer;
  save_team(other, shared);
  CHECK(shared.values.at(kTeamKey) == newer);
  CHECK(other.sharing.team_read_only);
}

TEST_CASE("An unreadable team is put aside before a new one is started, and never overwritten") {
  MemoryStore store;
  store.values[kTeamKey] = "{\"framework_id\":\"core\",\"members\":[{\"code\":";
  AppState state;
  open_team(state, store);
  CHECK_FALSE(state.sharing.team_read_only);
  CHECK(state.sharing.team_banner ==
        "Your saved team could not be read. It has been kept on this device in case it can be "
        "recovered, and a new team has been started.");
  CHECK(store.values.at(kTeamSetAsideKey) == "{\"framework_id\":\"core\",\"members\":[{\"code\":");
  add_to_team(state.sharing.team, core_code("gp"));
  save_team(state, store);
  CHECK(state.sharing.team_banner.empty());
  CHECK(read_team_document(store.values.at(kTeamKey)).team.members.size() == 1);

  // The one place for a set-aside copy is taken: the unreadable team stays where it is.
  store.values[kTeamKey] = "not a team";
  AppState second;
  open_team(second, store);
  CHECK(second.sharing.team_read_only);
  CHECK(second.sharing.team_banner ==
        "Your saved team could not be read, and there is no room on this device to keep a copy of it "
        "aside. It has been left as it is; until this is sorted out changes to the team are not saved.");
  add_to_team(second.sharing.team, core_code("gp"));
  save_team(second, store);
  CHECK(store.values.at(kTeamKey) == "not a team");

  // Deleting everything takes the team and its set-aside copy too.
  Vault(store).delete_everything();
  CHECK(store.values.count(kTeamKey) == 0);
  CHECK(store.values.count(kTeamSetAsideKey) == 0);
}

TEST_CASE("Spreadsheet formulas in any CSV field are shown as text") {
  CHECK(spreadsheet_safe("=1+1") == "'=1+1");
  CHECK(spreadsheet_safe("+44 20") == "'+44 20");
  CHECK(spreadsheet_safe("-2") == "'-2");
  CHECK(spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)");
  CHECK(spreadsheet_safe("\t=1") == "'\t=1");
  CHECK(spreadsheet_safe("\r=1") == "'\r=1");
  CHECK(spreadsheet_safe("") == "");
  CHECK(spreadsheet_safe("Person 1") == "Person 1");
  CHECK(spreadsheet_safe("a=b") == "a=b");
  CHECK(spreadsheet_safe("2026-03-15") == "2026-03-15");
  CHECK(csv_row({"=A", "b,c", "-"}) == "'=A,\"b,c\",'-\r\n");

  Framework fw = core();
  fw.capabilities[0].title = "=HYPERLINK(\"http://example.invalid\",\"Click\")";
  fw.capabilities[1].title = "@cmd";
  AppState state = team_of(encode_share_code(answered(fw, "gp", Rating::NotYet), fw, false));
  Team& team = state.sharing.team;
  team.members[0].label = "+Sam";
  team.members[0].round = "=1+1";
  RoleCatalogue roles;
  Role role;
  role.id = "gp";
  role.title = "-GP, \"locum\"";
  roles.roles.push_back(role);

  const std::string csv = team_csv(team, fw, TeamFilter{}, &roles);
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\"") != std::string::npos);
  const std::vector<std::vector<std::string>> table = parse_csv(csv);
  REQUIRE(table.size() == 2);
  CHECK(table[0][6] == "'=HYPERLINK(\"http://example.invalid\",\"Click\")");
  CHECK(table[0][7] == "'@cmd");
  CHECK(table[1][5] == "'=1+1");
  CHECK(table[1][0] == "'+Sam");
  CHECK(table[1][1] == "'-GP, \"locum\"");
  for (const auto& row : table)
    for (const std::string& field : row)
      CHECK((field.empty() || std::string("=+-@\t\r").find(field[0]) == std::string::npos));
}
