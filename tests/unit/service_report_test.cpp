// The service-level analysis: links found in any text or file, a report of a known
// team with small groups hidden (by subtraction too), rounds compared, and the long
// CSV read back.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/core/link_finder.h"
#include "app/core/report_html.h"
#include "app/core/service_report.h"
#include "app/core/team_export.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {

const Rating NY = Rating::NotYet, DV = Rating::Developing, CF = Rating::Confident, NS = Rating::NotSure;
constexpr std::int64_t kDay = 86400000;
constexpr std::int64_t k1March2026 = 1772366400000;

// One person of core asked A1, B1 and C1; `n` makes their link their own (their date).
std::string person(int n, const std::string& role, const std::string& setting, Rating a1, Rating b1, Rating c1,
                   bool training_a1 = false) {
  Assessment a;
  a.id = "a-" + std::to_string(n);
  a.framework_id = core().id;
  a.framework_version = core().version;
  a.role_id = role;
  a.settings = {setting};
  a.tier = 1;
  a.created_at = a.updated_at = k1March2026 + n * kDay;
  a.capability_ids = {"A1", "B1", "C1"};
  a.answers["A1"].rating = a1;
  a.answers["A1"].wants_training = training_a1;
  a.answers["B1"].rating = b1;
  a.answers["C1"].rating = c1;
  return "https://example.org/capwalk/#r=" + encode_share_code(a, core(), false) + "\n";
}

// 8 GP receptionists (primary care, community services) in Spring 2026; 6 housing
// officers (supported living) and 3 pharmacists (crisis services) in Autumn 2026.
Team known_team() {
  std::string spring, autumn;
  const Rating a1[] = {NY, NY, NY, NY, DV, DV, CF, CF};
  for (int i = 0; i < 8; ++i) spring += person(i, "gp-receptionist", "community", a1[i], i < 2 ? NS : CF, CF, i < 3);
  for (int i = 0; i < 6; ++i) autumn += person(10 + i, "housing-officer", "supported-living", i == 0 ? NY : CF, CF, CF);
  for (int i = 0; i < 3; ++i) autumn += person(20 + i, "pharmacist", "crisis", CF, CF, NY);
  Team team;
  REQUIRE(add_to_team(team, spring, "Spring 2026").added == 8);
  REQUIRE(add_to_team(team, autumn, "Autumn 2026").added == 9);
  return team;
}

ServiceReport report_of(const Team& team, const TeamFilter& group = {}, int smallest = 5) {
  ReportOptions options;
  options.group = group;
  options.smallest = smallest;
  return build_service_report(team, resolve_team(team, core()), core(), &shipped_roles(), options);
}

const Breakdown& breakdown_of(const ServiceReport& r, const std::string& title) {
  for (const Breakdown& b : r.breakdowns)
    if (b.title == title) return b;
  FAIL("no breakdown " << title);
  return r.breakdowns.front();
}

std::vector<std::string> codes(const std::string& text) {
  std::vector<std::string> out;
  for (const FoundLink& link : find_links(text)) out.push_back(link.code + "@" + std::to_string(link.line));
  return out;
}

const std::string kCode1 = "AbCdEfGhIjKlMnOpQrStUv", kCode2 = "zyxwvutsrqponmlkjihg-_01";

}  // namespace

TEST_CASE("Links are found in pasted text, CSV and TSV files, wherever they are in a cell") {
  // A form's export: a BOM, a heading row, CRLF, quoted cells with two links in one.
  const std::string csv = "\xEF\xBB\xBF" "Name,Email,Link\r\n"
                          "Sam,sam@example.org,https://x.example/capwalk/#r=" + kCode1 + "\r\n"
                          "\"Kim, Lee\",kim@example.org,\"https://x.example/#r=" + kCode2 +
                          ", https://x.example/#r=" + kCode1 + "\"\r\n"
                          "Jo,,\"see \"\"https://x.example/?kiosk#r=" + kCode2 + "\"\" thanks.\"\r\n";
  CHECK(codes(csv) == std::vector<std::string>{kCode1 + "@2", kCode2 + "@3", kCode1 + "@3", kCode2 + "@4"});
  // A cell with a line break inside its quotes counts the line it is on.
  CHECK(codes("\"first\nr=" + kCode1 + "\"") == std::vector<std::string>{kCode1 + "@2"});
  // TSV, spaces, brackets, a sentence's full stop, bare codes and old Mac line ends.
  CHECK(codes("a\t<https://x/#r=" + kCode1 + ">\t(" + kCode2 + ").\rr=" + kCode1 + ":") ==
        std::vector<std::string>{kCode1 + "@1", kCode2 + "@1", kCode1 + "@2"});
  // Words, dates, addresses and short tokens are other text.
  CHECK(find_links("Name Email 2026-03-01 sam@example.org ShortWord Antidisestablish").empty());
  CHECK(find_links("").empty());
  CHECK(find_links("\xEF\xBB\xBF").empty());
  // A link cut short is still found, so it is reported, not silently dropped.
  CHECK(codes("https://x/#r=") == std::vector<std::string>{"@1"});
}

TEST_CASE("Small numbers: one word for every hidden figure, and the smallest group's bounds") {
  CHECK(count_text(3, true, 5) == "hidden");
  CHECK(count_text(40, true, 5) == "hidden");
  CHECK(count_text(1234, false, 5) == "1,234");
  CHECK(share_text(540, 1000, false, 5) == "54% (540)");
  CHECK(people_phrase(1) == "1 person");
  CHECK(people_phrase(10000) == "10,000 people");
  // The organisation's smallest group is held to 3 at least.
  CHECK(report_of(known_team(), {}, 1).smallest == 3);
}

TEST_CASE("The report of a known team: who answered, the headline and each capability's figures") {
  const Team team = known_team();
  const ServiceReport r = report_of(team);
  CHECK(r.everyone == 17);
  CHECK(r.people == 17);
  CHECK_FALSE(r.group_hidden);
  CHECK(r.with_need == 10);
  CHECK(r.not_sure == 2);
  CHECK(headline(r) == "59% of people (10 of 17) have at least one capability they rated Not yet or "
                       "Developing. How many people answered Not sure at least once is hidden.");

  const Breakdown& sector = breakdown_of(r, "Sector");
  REQUIRE(sector.rows.size() == 3);
  CHECK(sector.rows[0].label == "Primary care (GP practices)");
  CHECK(sector.rows[0].people == 8);
  CHECK_FALSE(sector.rows[0].hidden);
  CHECK(sector.rows[1].label == "Housing");
  CHECK(sector.rows[1].hidden);  // 17 − 8 − 6 would give the 3 pharmacists away
  CHECK(sector.rows[2].label == "Pharmacy");
  CHECK(sector.rows[2].hidden);
  CHECK(group_count_text(sector.rows[2], r.people, r.smallest) == "Pharmacy: hidden");
  CHECK(group_count_text(sector.rows[1], r.people, r.smallest) == "Housing: hidden");
  CHECK(group_count_text(sector.rows[0], r.people, r.smallest) == "Primary care (GP practices): 47% (8)");
  const Breakdown& round = breakdown_of(r, "Round");
  REQUIRE(round.rows.size() == 2);
  CHECK(round.rows[0].label == "Autumn 2026");
  CHECK(round.rows[0].people == 9);
  CHECK(breakdown_of(r, "Setting").overlapping);

  REQUIRE(r.capabilities.size() == 3);
  const CapabilityFigures& a1 = r.capabilities[0];
  CHECK(a1.capability_id == "A1");
  CHECK(a1.asked == 17);
  CHECK(a1.counts[static_cast<int>(NY)] == 5);
  CHECK(a1.counts[static_cast<int>(DV)] == 2);
  CHECK(a1.counts[static_cast<int>(CF)] == 10);
  CHECK(a1.hidden[static_cast<int>(DV)]);
  CHECK(a1.hidden[static_cast<int>(NY)]);  // else 17 − 10 − Not yet gives Developing
  CHECK_FALSE(a1.hidden[static_cast<int>(CF)]);
  CHECK(a1.needs == 7);
  CHECK_FALSE(a1.needs_hidden);
  CHECK(a1.training == 3);
  CHECK(a1.training_hidden);
  CHECK(rating_shares_text(a1, 5) == "Not yet hidden · Developing hidden · Confident 59% (10)");
  CHECK(need_shares_text(a1, 5) == "Not yet or Developing 41% (7) · asked for training hidden · 17 asked");
  CHECK(r.top_everyone == std::vector<std::string>{"A1", "C1"});

  // Printed and exported, the same figures are hidden.
  const std::string html = service_report_html(r, core(), &shipped_roles(), "Everyone", "1 March 2026", "");
  CHECK(html.find("Developing hidden") != std::string::npos);
  CHECK(html.find("Pharmacy: hidden") != std::string::npos);
  CHECK(html.find(small_numbers_sentence(5)) != std::string::npos);
  CHECK(html.find("Person ") == std::string::npos);  // nobody is named
  const auto table = parse_csv(report_csv(r, core(), {}, &shipped_roles()));
  CHECK(table[0] == std::vector<std::string>{small_numbers_sentence(5)});
  CHECK(table[1] == std::vector<std::string>{"Group", "Part", "Breakdown", "Row", "Within", "Capability id", "Figure",
                                             "Count", "Hidden"});
  const auto row_of = [&](const std::string& part, const std::string& row, const std::string& figure) {
    for (const auto& line : table)
      if (line.size() == 9 && line[1] == part && line[3] == row && line[6] == figure) return line;
    FAIL("no row " << part << " " << row << " " << figure);
    return table[0];
  };
  const std::string title = core().find_capability("A1")->title;
  CHECK(row_of("People", "", "People") == std::vector<std::string>{"Everyone", "People", "", "", "", "", "People", "17", ""});
  CHECK(row_of("Capability", title, "People asked")[7] == "17");
  CHECK(row_of("Capability", title, "Not yet") == std::vector<std::string>{"Everyone", "Capability", "", title, "", "A1", "Not yet", "", "Yes"});
  CHECK(row_of("Capability", title, "Developing")[8] == "Yes");
  CHECK(row_of("Capability", title, "Confident")[7] == "10");
  CHECK(row_of("Capability", title, "Not yet or Developing")[7] == "7");
  CHECK(row_of("Capability", title, "Asked for training")[7].empty());
  CHECK(row_of("Who answered", "Pharmacist", "People")[4] == "Pharmacy");  // a role's sector
  CHECK(row_of("Who answered", "Primary care (GP practices)", "People")[7] == "8");
}

TEST_CASE("A chosen group: shown, too small, or hidden because the rest would be small") {
  const Team team = known_team();
  TeamFilter housing;
  housing.sector = "housing";
  // Everyone (17), primary care (8) and housing (6) side by side would give away the 3
  // pharmacists by subtraction: of the sectors, the smaller is left out.
  CHECK(report_of(team, housing).group_hidden);
  TeamFilter primary;
  primary.sector = "primary-care";
  const ServiceReport h = report_of(team, primary);
  CHECK(h.group_chosen);
  CHECK(h.people == 8);
  CHECK_FALSE(h.group_hidden);
  CHECK(h.with_need == 6);
  CHECK(h.with_need_hidden);  // the other 2 would be 8 − 6
  CHECK(h.not_sure_hidden);  // 2 of them
  CHECK(h.top_group == std::vector<std::string>{"A1"});
  CHECK(h.top_everyone == std::vector<std::string>{"A1", "C1"});

  TeamFilter pharmacy;
  pharmacy.sector = "pharmacy";
  const ServiceReport p = report_of(team, pharmacy);
  CHECK(p.people == 3);
  CHECK(p.group_hidden);
  CHECK(p.capabilities.empty());
  CHECK(p.breakdowns.empty());

  // Everyone but the pharmacists is 14 of 17: showing it would give away the 3.
  TeamFilter autumn;
  autumn.round = "Autumn 2026";
  Team no_spring = team;
  no_spring.members.erase(no_spring.members.begin(), no_spring.members.begin() + 8);
  TeamFilter housing_only = housing;
  CHECK(report_of(no_spring, housing_only).people == 6);
  CHECK(report_of(no_spring, housing_only).group_hidden);  // 9 − 6 = 3
  CHECK_FALSE(report_of(no_spring, autumn).group_hidden);  // all 9: nobody outside it
  // With a smallest group of 3, the same group is shown.
  CHECK_FALSE(report_of(no_spring, housing_only, 3).group_hidden);
}

TEST_CASE("Two rounds compared: the change per capability, hidden where a round's figure is small") {
  std::string first, second;
  for (int i = 0; i < 20; ++i) first += person(i, "gp", "community", i < 10 ? NY : CF, CF, CF);
  for (int i = 0; i < 20; ++i) second += person(30 + i, "gp", "community", i < 5 ? DV : CF, CF, i < 2 ? NY : CF);
  Team team;
  add_to_team(team, first, "Spring 2026");
  add_to_team(team, second, "Autumn 2026");
  ReportOptions options;
  const RoundComparison c =
      compare_rounds(team, resolve_team(team, core()), core(), &shipped_roles(), options, "Spring 2026", "Autumn 2026");
  CHECK_FALSE(c.hidden);
  CHECK(c.people_first == 20);
  CHECK(c.people_second == 20);
  REQUIRE(c.rows.size() == 3);
  CHECK(c.rows[0].capability_id == "A1");
  CHECK(c.rows[0].change_points() == -25);
  CHECK(round_change_line(c.rows[0], c, 5) ==
        "Not yet or Developing: 50% in Spring 2026, 25% in Autumn 2026, down 25 points.");
  CHECK(round_change_line(c.rows[1], c, 5) ==
        "Not yet or Developing: 0% in Spring 2026, 0% in Autumn 2026, no change.");
  CHECK(c.rows[2].hidden);  // 2 people in Autumn
  CHECK(change_text(1) == "up 1 point");

  // A round of 3 is not compared at all.
  Team small = team;
  add_to_team(small, person(60, "gp", "community", NY, NY, NY) + person(61, "gp", "community", NY, NY, NY) +
                         person(62, "gp", "community", NY, NY, NY), "Winter");
  CHECK(compare_rounds(small, resolve_team(small, core()), core(), &shipped_roles(), options, "Spring 2026", "Winter").hidden);
}

TEST_CASE("The long CSV has one row per person and capability asked, and reads back") {
  Team team = known_team();
  team.members[0].label = "Sam, \"the receptionist\"";
  const std::string csv = long_csv(team, resolve_team(team, core()), core(), TeamFilter{}, &shipped_roles());
  CHECK(csv.compare(0, 3, kUtf8Bom) == 0);
  const auto table = parse_csv(csv);
  REQUIRE(table.size() == 1 + 17 * 3);
  CHECK(table[0] == std::vector<std::string>{"Person", "Round", "Date", "Sector", "Role", "Tier", "Setting",
                                             "Capability id", "Capability", "Rating", "Training asked"});
  for (const auto& row : table) CHECK(row.size() == 11);
  CHECK(table[1] == std::vector<std::string>{"Sam, \"the receptionist\"", "Spring 2026", "2026-03-01",
                                             "Primary care (GP practices)", "Receptionist (GP practice)", "1",
                                             "Community services", "A1", core().find_capability("A1")->title,
                                             "Not yet", "Yes"});
  CHECK(table[2][7] == "B1");
  CHECK(table[2][9] == "Not sure");
  CHECK(table[2][10] == "No");
  CHECK(table.back()[0] == "Person 17");
  CHECK(table.back()[1] == "Autumn 2026");
  CHECK(table.back()[3] == "Pharmacy");
  CHECK(table.back()[9] == "Not yet");
  // A filter gives only its people.
  TeamFilter pharmacy;
  pharmacy.sector = "pharmacy";
  CHECK(parse_csv(long_csv(team, resolve_team(team, core()), core(), pharmacy, &shipped_roles())).size() == 1 + 3 * 3);
}
