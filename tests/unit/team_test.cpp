// A manager's team view: links pasted in, counts per capability, needs, CSV and storage.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/core/assessment.h"
#include "app/core/framework_loader.h"
#include "app/core/share_code.h"
#include "app/core/team.h"
#include "app/core/team_answers.h"
#include "app/core/team_export.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {


struct Answered {
  std::string id;
  Rating rating;
  bool training;
};

// An assessment of core: `answers` in framework order (Unanswered leaves it without an answer).
Assessment make_core(const std::string& role_id, const std::string& setting, int tier, std::int64_t ms,
                     const std::vector<Answered>& answers) {
  Assessment a;
  a.id = "a-" + role_id;
  a.framework_id = core().id;
  a.framework_version = core().version;
  a.role_id = role_id;
  if (!setting.empty()) a.settings = {setting};
  a.tier = tier;
  a.created_at = ms;
  a.updated_at = ms;
  a.finished = true;
  for (const Answered& x : answers) {
    a.capability_ids.push_back(x.id);
    if (x.rating != Rating::Unanswered || x.training) {
      a.answers[x.id].rating = x.rating;
      a.answers[x.id].wants_training = x.training;
    }
  }
  return a;
}

constexpr std::int64_t k15March2026 = 1773576000000;  // noon UTC, day 2265 since 2020-01-01
constexpr std::int64_t k16March2026 = 1773662400000;
constexpr std::int64_t k1April2026 = 1775044800000;

const Rating NY = Rating::NotYet, DV = Rating::Developing, CF = Rating::Confident,
             CS = Rating::CouldSupportOthers, NH = Rating::NotHadOpportunity, NS = Rating::NotSure,
             UA = Rating::Unanswered;

// Person 1: GP receptionist in community services, Tier 1.
Assessment first_person() {
  return make_core("gp-receptionist", "community", 1, k15March2026,
                   {{"A1", CF, false}, {"B1", DV, false}, {"B4", CF, false}, {"C1", NY, false},
                    {"C2", NY, true}, {"C3", DV, false}, {"D2", UA, false}, {"E2", NS, false},
                    {"F1", CS, false}});
}

// Person 2: GP in crisis care, Tier 2.
Assessment second_person() {
  return make_core("gp", "crisis", 2, k16March2026,
                   {{"A1", CF, false}, {"A2", CF, false}, {"A3", NH, false}, {"A4", NY, false},
                    {"B1", CF, false}, {"B2", CF, false}, {"B3", CF, false}, {"B4", CS, false},
                    {"C1", DV, false}, {"C2", NY, false}, {"C3", NY, false}, {"C4", CF, false},
                    {"D1", CF, false}, {"D2", CF, false}, {"D3", NS, false}, {"D4", NY, false},
                    {"E1", CF, true}, {"E2", CF, false}, {"F1", CF, false}});
}

// Person 3: another GP receptionist, starting again from Person 1's walk, in crisis care.
Assessment third_person() {
  Assessment a = start_again_from(first_person(), "a-third", k1April2026);
  a.settings = {"crisis"};
  a.created_at = k1April2026;
  a.updated_at = k1April2026;
  const std::vector<std::pair<std::string, Rating>> ratings = {
      {"A1", CF}, {"B1", DV}, {"B4", CF}, {"C1", CF}, {"C2", DV},
      {"C3", DV}, {"D2", CF}, {"E2", CF}, {"F1", CF}};
  for (const auto& r : ratings) a.answers[r.first].rating = r.second;
  return a;
}

std::string code_of(const Assessment& a) { return encode_share_code(a, core(), false); }

std::string url(const std::string& code) { return "https://example.org/capwalk/#r=" + code; }

// The three people pasted in one go, with mixed separators.
std::string three_links() {
  return "  " + url(code_of(first_person())) + "\r\n\t" + url(code_of(second_person())) + "   \n\n" +
         url(code_of(third_person())) + "\n";
}

Team team_of_three() {
  Team team;
  const TeamAddOutcome outcome = add_to_team(team, three_links());
  REQUIRE(outcome.refused.empty());
  REQUIRE(outcome.added == 3);
  return team;
}

const CapabilityTally& find_tally(const std::vector<CapabilityTally>& tallies, const std::string& id) {
  for (const CapabilityTally& t : tallies)
    if (t.capability_id == id) return t;
  FAIL("no tally for " << id);
  return tallies.front();
}

int count(const CapabilityTally& t, Rating r) {
  const auto it = t.counts.find(r);
  return it == t.counts.end() ? 0 : it->second;
}

std::vector<std::string> ids_of(const std::vector<CapabilityTally>& tallies) {
  std::vector<std::string> out;
  for (const CapabilityTally& t : tallies) out.push_back(t.capability_id);
  return out;
}

std::string label_of(Rating r) { return rating_info(r)->label; }

std::size_t column_of(const std::vector<std::string>& header, const std::string& title) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == title) return i;
  FAIL("no column " << title);
  return 0;
}

// A member made by hand (no share code needed) for the CSV columns before the ratings.
TeamMember hand_member(const std::string& label, const std::string& role_id,
                       const std::string& setting, int tier, int days) {
  TeamMember m;
  m.id = "m-" + label;
  m.label = label;
  m.results.framework_id = core().id;
  m.results.framework_version = core().version;
  m.results.role_id = role_id;
  if (!setting.empty()) m.results.settings = {setting};
  m.results.tier = tier;
  m.results.days_since_2020 = days;
  m.results.framework_capability_count = static_cast<int>(core().capabilities.size());
  return m;
}

}  // namespace

TEST_CASE("Three links pasted together join the team, and pasting them again adds nobody") {
  Team team;
  const TeamAddOutcome first = add_to_team(team, three_links());
  CHECK(first.added == 3);
  CHECK(first.duplicates == 0);
  CHECK(first.refused.empty());
  REQUIRE(team.members.size() == 3);
  CHECK(team.members[0].label == "Person 1");
  CHECK(team.members[1].label == "Person 2");
  CHECK(team.members[2].label == "Person 3");
  CHECK(team.members[0].code == code_of(first_person()));
  CHECK(team.members[1].results.role_id == "gp");
  CHECK(team.members[1].results.tier == 2);
  CHECK(team.members[2].results.settings == std::vector<std::string>{"crisis"});
  for (const TeamMember& m : team.members) {
    CHECK(m.id.size() == 18);
    CHECK(m.id.compare(0, 2, "m-") == 0);
    CHECK(m.id.find_first_not_of("0123456789abcdef", 2) == std::string::npos);
  }
  CHECK(team.members[0].id != team.members[1].id);
  CHECK(team.members[1].id != team.members[2].id);
  CHECK(team.members[0].id != team.members[2].id);

  const TeamAddOutcome again = add_to_team(team, three_links());
  CHECK(again.added == 0);
  CHECK(again.duplicates == 3);
  CHECK(again.refused.empty());
  CHECK(team.members.size() == 3);
}

TEST_CASE("A link can be pasted as a full URL, as r=CODE or as the bare code") {
  Team team;
  const std::string text = url(code_of(first_person())) + " r=" + code_of(second_person()) + "\n" +
                           code_of(third_person());
  const TeamAddOutcome outcome = add_to_team(team, text);
  CHECK(outcome.added == 3);
  CHECK(outcome.refused.empty());
  REQUIRE(team.members.size() == 3);
  CHECK(team.members[1].code == code_of(second_person()));

  // The same people in another form are still the same people.
  const TeamAddOutcome again = add_to_team(team, "r=" + code_of(first_person()) + "\t" +
                                                     url(code_of(second_person())) + " " +
                                                     "<" + url(code_of(third_person())) + ">.");
  CHECK(again.added == 0);
  CHECK(again.duplicates == 3);
  CHECK(again.refused.empty());
}

TEST_CASE("The same link twice in one paste counts once") {
  Team team;
  const std::string code = code_of(first_person());
  const TeamAddOutcome outcome = add_to_team(team, url(code) + "\n" + code);
  CHECK(outcome.added == 1);
  CHECK(outcome.duplicates == 1);
  CHECK(team.members.size() == 1);
}

TEST_CASE("Counts per capability match the three people's answers") {
  const Team team = team_of_three();
  const std::vector<CapabilityTally> tallies = tally(team, core(), TeamFilter{});
  REQUIRE(tallies.size() == core().capabilities.size());
  CHECK(tallies.front().capability_id == "A1");
  CHECK(tallies.back().capability_id == "F2");

  const CapabilityTally& c2 = find_tally(tallies, "C2");
  CHECK(c2.asked == 3);
  CHECK(count(c2, NY) == 2);
  CHECK(count(c2, DV) == 1);
  CHECK(count(c2, CF) == 0);
  CHECK(c2.training_requests == 1);

  const CapabilityTally& c3 = find_tally(tallies, "C3");
  CHECK(c3.asked == 3);
  CHECK(count(c3, NY) == 1);
  CHECK(count(c3, DV) == 2);

  const CapabilityTally& c1 = find_tally(tallies, "C1");
  CHECK(count(c1, NY) == 1);
  CHECK(count(c1, DV) == 1);
  CHECK(count(c1, CF) == 1);

  const CapabilityTally& a1 = find_tally(tallies, "A1");
  CHECK(a1.asked == 3);
  CHECK(count(a1, CF) == 3);

  // Person 1 was asked about D2 but left it unanswered.
  const CapabilityTally& d2 = find_tally(tallies, "D2");
  CHECK(d2.asked == 3);
  CHECK(count(d2, CF) == 2);
  CHECK(count(d2, UA) == 0);

  const CapabilityTally& a4 = find_tally(tallies, "A4");
  CHECK(a4.asked == 1);
  CHECK(count(a4, NY) == 1);

  const CapabilityTally& e1 = find_tally(tallies, "E1");
  CHECK(e1.asked == 1);
  CHECK(e1.training_requests == 1);
  CHECK(count(e1, CF) == 1);

  CHECK(count(find_tally(tallies, "F1"), CS) == 1);
  CHECK(count(find_tally(tallies, "F1"), CF) == 2);
  CHECK(count(find_tally(tallies, "A3"), NH) == 1);
  CHECK(count(find_tally(tallies, "E2"), NS) == 1);

  const CapabilityTally& f2 = find_tally(tallies, "F2");
  CHECK(f2.asked == 0);
  CHECK(count(f2, NY) == 0);
}

TEST_CASE("Top needs come by Not yet, then Developing, then training asks, then framework order") {
  const Team team = team_of_three();
  const std::vector<CapabilityTally> tallies = tally(team, core(), TeamFilter{});
  // C2 2/1/1, C3 1/2/0, C1 1/1/0, A4 1/0/0, D4 1/0/0, B1 0/2/0, E1 0/0/1.
  CHECK(ids_of(top_needs(tallies, 10)) ==
        std::vector<std::string>{"C2", "C3", "C1", "A4", "D4", "B1", "E1"});
  CHECK(ids_of(top_needs(tallies, 3)) == std::vector<std::string>{"C2", "C3", "C1"});
  CHECK(top_needs(tallies, 0).empty());
  CHECK(top_needs({}, 5).empty());
}

TEST_CASE("Filtering by role and by setting counts only the matching people") {
  const Team team = team_of_three();

  TeamFilter receptionists;
  receptionists.role_id = "gp-receptionist";
  const std::vector<CapabilityTally> r = tally(team, core(), receptionists);
  CHECK(find_tally(r, "C2").asked == 2);
  CHECK(count(find_tally(r, "C2"), NY) == 1);
  CHECK(count(find_tally(r, "C2"), DV) == 1);
  CHECK(find_tally(r, "A4").asked == 0);
  CHECK(ids_of(top_needs(r, 10)) == std::vector<std::string>{"C2", "C1", "B1", "C3"});

  TeamFilter crisis;
  crisis.setting = "crisis";
  const std::vector<CapabilityTally> c = tally(team, core(), crisis);
  CHECK(find_tally(c, "C2").asked == 2);
  CHECK(count(find_tally(c, "C2"), NY) == 1);
  CHECK(count(find_tally(c, "C2"), DV) == 1);
  CHECK(find_tally(c, "C2").training_requests == 0);
  CHECK(find_tally(c, "A4").asked == 1);

  TeamFilter both;
  both.role_id = "gp-receptionist";
  both.setting = "crisis";
  const std::vector<CapabilityTally> b = tally(team, core(), both);
  CHECK(find_tally(b, "C2").asked == 1);
  CHECK(count(find_tally(b, "C2"), NY) == 0);
  CHECK(count(find_tally(b, "C2"), DV) == 1);

  TeamFilter nobody;
  nobody.role_id = "pharmacist";
  for (const CapabilityTally& t : tally(team, core(), nobody)) CHECK(t.asked == 0);
}

TEST_CASE("Items that no longer match a changed framework are left out of the counts") {
  const Team team = team_of_three();
  Framework changed = core();
  std::string new_id = "C2-renamed";
  REQUIRE(capability_id_hash(new_id) != capability_id_hash("C2"));
  for (Capability& c : changed.capabilities)
    if (c.id == "C2") c.id = new_id;

  const std::vector<CapabilityTally> tallies = tally(team, changed, TeamFilter{});
  CHECK(find_tally(tallies, new_id).asked == 0);
  CHECK(count(find_tally(tallies, new_id), NY) == 0);
  CHECK(find_tally(tallies, "C3").asked == 3);
  CHECK(count(find_tally(tallies, "C3"), DV) == 2);
}

TEST_CASE("Removing a person takes them out of the team and the counts") {
  Team team = team_of_three();
  const std::string second = team.members[1].id;
  remove_from_team(team, second);
  REQUIRE(team.members.size() == 2);
  CHECK(team.members[0].label == "Person 1");
  CHECK(team.members[1].label == "Person 3");
  const std::vector<CapabilityTally> tallies = tally(team, core(), TeamFilter{});
  CHECK(find_tally(tallies, "C2").asked == 2);
  CHECK(count(find_tally(tallies, "C2"), NY) == 1);
  CHECK(find_tally(tallies, "A4").asked == 0);

  remove_from_team(team, "m-00000000");
  CHECK(team.members.size() == 2);

  // Someone added now is numbered after the highest number in use.
  const TeamAddOutcome outcome = add_to_team(team, url(code_of(second_person())));
  CHECK(outcome.added == 1);
  REQUIRE(team.members.size() == 3);
  CHECK(team.members[2].label == "Person 4");
  CHECK(team.members[2].id == second);
}

TEST_CASE("People of another framework join the same team, viewed apart") {
  Team team = team_of_three();
  Assessment a;
  a.framework_id = esc().id;
  a.framework_version = esc().version;
  a.tier = 1;
  a.created_at = k15March2026;
  a.updated_at = k15March2026;
  a.capability_ids = {esc().capabilities[0].id, esc().capabilities[1].id};
  a.answers[a.capability_ids[0]].rating = Rating::NotYet;
  const std::string esc_code = encode_share_code(a, esc(), false);

  const TeamAddOutcome outcome = add_to_team(team, url(esc_code));
  CHECK(outcome.added == 1);
  CHECK(outcome.refused.empty());
  CHECK(team.members.size() == 4);
  CHECK(team_frameworks(team) == std::vector<std::string>{"core", "esc"});
  CHECK(members_of_framework(team, "esc") == 1);
  CHECK(members_of_framework(team, "core") == 3);
  CHECK(resolve_team(team, core()).members.size() == 3);
  const TeamAnswers esc_answers = resolve_team(team, esc());
  REQUIRE(esc_answers.members == std::vector<std::size_t>{3});
  CHECK(tally(team, esc(), TeamFilter{})[0].count(Rating::NotYet) == 1);
  CHECK(tally(team, core(), TeamFilter{})[0].asked == 3);
}

TEST_CASE("Refused links are told apart by reason, with the lines they were on") {
  Team team;
  std::string damaged = code_of(second_person());
  const std::size_t middle = damaged.size() / 2;
  damaged[middle] = damaged[middle] == 'A' ? 'B' : 'A';
  const ShareDecode decoded = decode_share_code(damaged);
  REQUIRE(decoded.error == ShareError::ChecksumMismatch);

  const TeamAddOutcome outcome =
      add_to_team(team, url(code_of(first_person())) + "\n" + url(damaged) + "\n" + "r=%%%\n\n" + url(damaged));
  CHECK(outcome.found == 4);
  CHECK(outcome.added == 1);
  CHECK(outcome.refused_count() == 3);
  CHECK(outcome.refused.at(ShareError::ChecksumMismatch) == std::vector<int>{2, 5});
  CHECK(outcome.refused.at(ShareError::NotBase64) == std::vector<int>{3});
  CHECK(team.members.size() == 1);
  const std::vector<std::string> lines = outcome_lines(outcome);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "1 person added. 3 links not added.");
  CHECK(lines[1] == "1 link (line 3) was not added. " + decode_share_code("%%%").message());
  CHECK(lines[2] == "2 links (lines 2 and 5) were not added. " + decoded.message());

  CHECK(add_to_team(team, "").found == 0);
  CHECK(outcome_lines(add_to_team(team, " \n\t Name, Email, Date ")).front().rfind("No links were found", 0) == 0);
}

TEST_CASE("The team CSV reads back as the same table") {
  const Team team = team_of_three();
  const RoleCatalogue roles = shipped_roles();
  const std::string csv = team_csv(team, core(), TeamFilter{}, &roles);
  const std::vector<std::vector<std::string>> table = parse_csv(csv);
  REQUIRE(table.size() == 4);

  // Every capability someone was asked about, in framework order: all but F2.
  std::vector<std::string> header = {"Person", "Role", "Tier", "Setting", "Date", "Round"};
  for (const Capability& c : core().capabilities)
    if (c.id != "F2") header.push_back(c.title);
  CHECK(table[0] == header);
  for (const auto& row : table) CHECK(row.size() == header.size());

  const std::string receptionist = roles.find_role("gp-receptionist")->title;
  const std::string gp = roles.find_role("gp")->title;
  CHECK(std::vector<std::string>(table[1].begin(), table[1].begin() + 5) ==
        std::vector<std::string>{"Person 1", receptionist, "1", "Community services", "2026-03-15"});
  CHECK(std::vector<std::string>(table[2].begin(), table[2].begin() + 5) ==
        std::vector<std::string>{"Person 2", gp, "2", "Crisis and urgent care", "2026-03-16"});
  CHECK(std::vector<std::string>(table[3].begin(), table[3].begin() + 5) ==
        std::vector<std::string>{"Person 3", receptionist, "1", "Crisis and urgent care", "2026-04-01"});

  const std::size_t c2 = column_of(header, core().find_capability("C2")->title);
  CHECK(table[1][c2] == label_of(NY));
  CHECK(table[2][c2] == label_of(NY));
  CHECK(table[3][c2] == label_of(DV));
  const std::size_t a4 = column_of(header, core().find_capability("A4")->title);
  CHECK(table[1][a4].empty());  // not asked
  CHECK(table[2][a4] == "Not yet");
  const std::size_t d2 = column_of(header, core().find_capability("D2")->title);
  CHECK(table[1][d2].empty());  // asked, unanswered
  CHECK(table[3][d2] == "Confident");
  const std::size_t f1 = column_of(header, core().find_capability("F1")->title);
  CHECK(table[1][f1] == "Could support others");
  const std::size_t a3 = column_of(header, core().find_capability("A3")->title);
  CHECK(table[2][a3] == "Not had the opportunity");

  // RFC 4180 line ends: CRLF after every row, the last included, and no bare LF.
  CHECK(csv.size() >= 2);
  CHECK(csv.compare(csv.size() - 2, 2, "\r\n") == 0);
  std::size_t crlf = 0;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '\n') {
      CHECK(i > 0);
      CHECK(csv[i - 1] == '\r');
      ++crlf;
    }
  }
  CHECK(crlf == 4);
}

TEST_CASE("The team CSV follows the filter") {
  const Team team = team_of_three();
  TeamFilter receptionists;
  receptionists.role_id = "gp-receptionist";
  const std::vector<std::vector<std::string>> table =
      parse_csv(team_csv(team, core(), receptionists, nullptr));
  REQUIRE(table.size() == 3);
  // Only the nine capabilities the receptionists were asked about.
  CHECK(table[0].size() == 6 + 9);
  CHECK(table[1][0] == "Person 1");
  CHECK(table[2][0] == "Person 3");
  CHECK(table[1][1] == "gp-receptionist");  // no catalogue: the id
}

TEST_CASE("Labels and role titles with commas, quotes and line breaks survive the CSV") {
  Team team = team_of_three();
  const std::string label = "Ward 3, \"night\" team\nlead";
  team.members[0].label = label;
  RoleCatalogue roles;
  Role odd;
  odd.id = "gp";
  odd.title = "Doctor, \"GP\"\r\nfamily practice";
  roles.roles.push_back(odd);

  const std::string csv = team_csv(team, core(), TeamFilter{}, &roles);
  CHECK(csv.find("\"Ward 3, \"\"night\"\" team\nlead\"") != std::string::npos);
  CHECK(csv.find("\"Doctor, \"\"GP\"\"\r\nfamily practice\"") != std::string::npos);
  const std::vector<std::vector<std::string>> table = parse_csv(csv);
  REQUIRE(table.size() == 4);
  CHECK(table[1][0] == label);
  CHECK(table[1][1] == "gp-receptionist");  // not in this catalogue
  CHECK(table[2][1] == odd.title);
  CHECK(table[2][0] == "Person 2");
  CHECK(table[0].size() == table[1].size());
  CHECK(table[0].size() == table[2].size());
}

TEST_CASE("The CSV shows a role that is not listed, setting names and dates") {
  Team team;
  team.members.push_back(hand_member("Ann", "", "", 1, 0));
  team.members.push_back(hand_member("Bo", "gp", "inpatient", 3, 1520));
  team.members.push_back(hand_member("Cy", "made-up-role", "somewhere-new", 2, 2265));
  const RoleCatalogue roles = shipped_roles();
  const std::string csv = team_csv(team, core(), TeamFilter{}, &roles);
  CHECK(csv ==
        "\xEF\xBB\xBFPerson,Role,Tier,Setting,Date,Round\r\n"
        "Ann,Role not listed,1,,2020-01-01,\r\n"
        "Bo,GP,3,Hospital and inpatient care,2024-02-29,\r\n"
        "Cy,made-up-role,2,somewhere-new,2026-03-15,\r\n");
}

TEST_CASE("CSV parsing handles quotes, line breaks inside fields and a missing last line end") {
  CHECK(parse_csv("").empty());
  CHECK(parse_csv("a,b\r\nc,d\r\n") ==
        std::vector<std::vector<std::string>>{{"a", "b"}, {"c", "d"}});
  CHECK(parse_csv("a,b\nc,d") == std::vector<std::vector<std::string>>{{"a", "b"}, {"c", "d"}});
  CHECK(parse_csv("\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\",\"three\nfour\"\r\n") ==
        std::vector<std::vector<std::string>>{{"x, y", "say \"hi\"", "one\r\ntwo", "three\nfour"}});
  CHECK(parse_csv(",,\r\n") == std::vector<std::vector<std::string>>{{"", "", ""}});
  CHECK(parse_csv("a\r\n\r\nb") == std::vector<std::vector<std::string>>{{"a"}, {""}, {"b"}});
  CHECK(parse_csv("\"\"") == std::vector<std::vector<std::string>>{{""}});
}

TEST_CASE("A team is stored as JSON and read back with its results rebuilt from the codes") {
  Team team = team_of_three();
  team.members[1].label = "Sam \"the GP\"";
  const std::string text = team_to_json(team);

  Team back;
  REQUIRE(team_from_json(text, back));
  REQUIRE(back.members.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(back.members[i].id == team.members[i].id);
    CHECK(back.members[i].label == team.members[i].label);
    CHECK(back.members[i].code == team.members[i].code);
    CHECK(back.members[i].results.role_id == team.members[i].results.role_id);
    CHECK(back.members[i].results.items.size() == team.members[i].results.items.size());
  }
  const std::vector<CapabilityTally> tallies = tally(back, core(), TeamFilter{});
  CHECK(count(find_tally(tallies, "C2"), NY) == 2);
  CHECK(count(find_tally(tallies, "C2"), DV) == 1);
  CHECK(team_to_json(back) == text);
}

TEST_CASE("Stored team members are checked again, never trusted") {
  const std::string good = code_of(first_person());
  std::string damaged = code_of(second_person());
  damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
  const std::string text = "{\"framework_id\":\"core\",\"members\":["
                           "{\"id\":\"m-forged\",\"label\":\"Kim\",\"code\":\"" + good + "\"},"
                           "{\"id\":\"m-2\",\"label\":\"Lee\",\"code\":\"" + damaged + "\"},"
                           "{\"id\":\"m-3\",\"label\":\"Max\",\"code\":42},"
                           "\"nonsense\","
                           "{\"id\":\"m-4\",\"label\":\"Kim again\",\"code\":\"" + good + "\"}]}";
  Team back;
  REQUIRE(team_from_json(text, back));
  REQUIRE(back.members.size() == 1);
  // The entries that do not read are kept as they were (the repeat of Kim is not).
  REQUIRE(back.kept.size() == 3);
  CHECK(back.kept[0].code == damaged);
  CHECK(back.kept[0].label == "Lee");
  CHECK(back.kept[1].label == "Max");
  CHECK(back.kept[1].code.empty());
  CHECK(back.kept[2].entry == "\"nonsense\"");
  CHECK(back.members[0].label == "Kim");
  CHECK(back.members[0].id != "m-forged");
  CHECK(back.members[0].id.compare(0, 2, "m-") == 0);
  CHECK(back.members[0].results.role_id == "gp-receptionist");

  Team ours;
  add_to_team(ours, good);
  CHECK(back.members[0].id == ours.members[0].id);
}

TEST_CASE("Reading a team from something that is not a stored team fails") {
  Team out;
  out.members.push_back(TeamMember{});
  out.members[0].label = "kept";
  CHECK_FALSE(team_from_json("not json", out));
  CHECK_FALSE(team_from_json("", out));
  CHECK_FALSE(team_from_json("[]", out));
  CHECK_FALSE(team_from_json("{\"framework_id\":\"core\"}", out));
  CHECK_FALSE(team_from_json("{\"framework_id\":\"core\",\"members\":{}}", out));
  CHECK_FALSE(team_from_json("{\"app\":\"capwalk-team\",\"version\":3,\"members\":\"x\"}", out));
  REQUIRE(out.members.size() == 1);
  CHECK(out.members[0].label == "kept");

  CHECK(team_from_json("{\"framework_id\":\"\",\"members\":[]}", out));
  CHECK(out.members.empty());
}

TEST_CASE("Per setting, the team's largest needs among the capabilities emphasised there") {
  const Team team = team_of_three();  // Person 1 in community services, Persons 2 and 3 in crisis care
  const RoleCatalogue& roles = shipped_roles();
  const std::vector<SettingNeeds> rows = emphasised_needs_by_setting(team, resolve_team(team, core()), core(), TeamFilter{}, roles, 3);
  REQUIRE(rows.size() == 2);  // only the settings someone works in, in the catalogue's order
  CHECK(rows[0].setting_id == "community");
  CHECK(rows[0].people == 1);
  // Of what community services emphasise, Person 1 rated C1 Not yet and B1 Developing.
  CHECK(ids_of(rows[0].top) == std::vector<std::string>{"C1", "B1"});
  CHECK(rows[1].setting_id == "crisis");
  CHECK(rows[1].people == 2);
  REQUIRE_FALSE(rows[1].top.empty());
  CHECK(rows[1].top.size() <= 3);
  for (const CapabilityTally& t : rows[1].top)
    CHECK(emphasis_in(*core().find_capability(t.capability_id), {"crisis"}) == Emphasis::Emphasised);

  TeamFilter crisis;
  crisis.setting = "crisis";
  const std::vector<SettingNeeds> only = emphasised_needs_by_setting(team, resolve_team(team, core()), core(), crisis, roles, 3);
  REQUIRE(only.size() == 1);
  CHECK(only[0].setting_id == "crisis");
  CHECK(ids_of(only[0].top) == ids_of(rows[1].top));
}
