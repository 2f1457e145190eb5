// Service settings: what a capability's emphasis is where a person works, the order
// they walk in, skipping what is optional there, ranking needs, changing the setting
// later, and keeping all of it (stored document, share link).
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/core/learning.h"
#include "app/core/share_code.h"
#include "app/core/storage_document.h"
#include "app/core/walkthrough.h"
#include "shipped_data.h"
#include "test_files.h"

using namespace capwalk;
using capwalk::testdata::shipped_roles;

namespace {

// Six capabilities, all tier 1: A1 and A3 emphasised in crisis, B2 optional in crisis
// and in community, A2 emphasised in community.
Framework small() {
  Framework fw;
  fw.id = "small";
  fw.version = "1";
  fw.tiers = {{1, "Tier 1", "Everyone."}};
  fw.domains = {{"A", "A", ""}, {"B", "B", ""}};
  const auto cap = [](const std::string& id, const std::string& domain, std::map<std::string, InSetting> settings) {
    Capability c;
    c.id = id;
    c.domain = domain;
    c.title = "Title " + id;
    c.tiers[1] = {"I can " + id};
    c.settings = std::move(settings);
    return c;
  };
  const InSetting emphasised{Emphasis::Emphasised, ""}, optional{Emphasis::Optional, ""};
  fw.capabilities = {cap("A1", "A", {{"crisis", emphasised}}),
                     cap("A2", "A", {{"community", emphasised}}),
                     cap("A3", "A", {{"crisis", emphasised}}),
                     cap("B1", "B", {}),
                     cap("B2", "B", {{"crisis", optional}, {"community", optional}}),
                     cap("B3", "B", {{"crisis", optional}})};
  return fw;
}

using Ids = std::vector<std::string>;

Ids all_of(const Framework& fw) {
  Ids out;
  for (const Capability& c : fw.capabilities) out.push_back(c.id);
  return out;
}

AppState shipped_state() {
  AppState s;
  for (const char* id : {"core", "esc", "nos", "peer-support"})
    REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE(s.library.set_shipped_roles(read_source_file("frameworks/roles.json")).empty());
  REQUIRE(s.library.set_shipped_learning(read_source_file("frameworks/learning.json")).empty());
  return s;
}

Assessment* start(AppState& s, const std::string& role_id, const Ids& settings, int tier) {
  s.chosen_framework = "core";
  choose_role(s, role_id);
  s.setup.settings = settings;
  s.setup.tier = tier;
  start_assessment(s, "a-" + role_id, 1000);
  return current_assessment(s);
}

}  // namespace

TEST_CASE("Emphasis where a person works: emphasised anywhere wins, optional only if optional everywhere") {
  const Framework fw = small();
  const auto at = [&](const std::string& id, const Ids& settings) {
    return emphasis_in(*fw.find_capability(id), settings);
  };
  CHECK(at("A1", {}) == Emphasis::Core);
  CHECK(at("A1", {"crisis"}) == Emphasis::Emphasised);
  CHECK(at("A1", {"community"}) == Emphasis::Core);
  CHECK(at("A1", {"community", "crisis"}) == Emphasis::Emphasised);
  CHECK(at("B2", {"crisis"}) == Emphasis::Optional);
  CHECK(at("B2", {"crisis", "community"}) == Emphasis::Optional);
  CHECK(at("B3", {"crisis"}) == Emphasis::Optional);
  CHECK(at("B3", {"crisis", "community"}) == Emphasis::Core);  // it is core in community
  CHECK(at("B3", {"inpatient"}) == Emphasis::Core);            // a setting it does not list
}

TEST_CASE("The walk puts emphasised capabilities first and optional ones last, each in framework order") {
  const Framework fw = small();
  CHECK(walk_order(fw, all_of(fw), {}) == all_of(fw));
  CHECK(walk_order(fw, all_of(fw), {"crisis"}) == Ids{"A1", "A3", "A2", "B1", "B2", "B3"});
  CHECK(walk_order(fw, all_of(fw), {"community"}) == Ids{"A2", "A1", "A3", "B1", "B3", "B2"});
  CHECK(walk_order(fw, all_of(fw), {"community", "crisis"}) == Ids{"A1", "A2", "A3", "B1", "B3", "B2"});
  // Already in another setting's order: the new one does not depend on it.
  CHECK(walk_order(fw, walk_order(fw, all_of(fw), {"crisis"}), {"community"}) ==
        walk_order(fw, all_of(fw), {"community"}));
  // An id the framework no longer has stays, at the end.
  CHECK(walk_order(fw, {"Z9", "B2", "A3"}, {"crisis"}) == Ids{"A3", "B2", "Z9"});
}

TEST_CASE("Skipped optional capabilities are listed as skipped, never as needs, and only while optional") {
  const Framework fw = small();
  Assessment a;
  a.framework_id = fw.id;
  a.settings = {"crisis"};
  a.capability_ids = walk_order(fw, all_of(fw), a.settings);
  for (const std::string& id : a.capability_ids) a.answers[id].rating = Rating::NotYet;
  a.answers["B2"] = Answer{Rating::Unanswered, false, "kept note", true};
  a.answers["B3"] = Answer{Rating::Unanswered, false, "", true};

  Results r = compute_results(a, fw);
  CHECK(r.skipped == Ids{"B2", "B3"});
  CHECK(r.total == 4);
  CHECK(r.answered == 4);
  for (const Need& n : r.needs) CHECK((n.capability_id != "B2" && n.capability_id != "B3"));

  // Working in community too, B3 is core there: no longer skipped, simply unanswered.
  a.settings = {"community", "crisis"};
  r = compute_results(a, fw);
  CHECK(r.skipped == Ids{"B2"});
  CHECK(r.total == 5);
  CHECK(a.answers.at("B3").skipped);  // the choice is kept for when it is optional again
}

TEST_CASE("Among equal gaps, needs that matter most where the person works come first") {
  const Framework fw = small();
  Assessment a;
  a.capability_ids = all_of(fw);
  for (const std::string& id : a.capability_ids) a.answers[id].rating = Rating::Developing;
  a.answers["B1"].wants_training = true;
  a.answers["B1"].rating = Rating::NotYet;

  const auto order = [&](const Ids& settings) {
    a.settings = settings;
    a.capability_ids = walk_order(fw, all_of(fw), settings);
    Ids ids;
    for (const Need& n : compute_results(a, fw).needs) ids.push_back(n.capability_id);
    return ids;
  };
  // B1 is the biggest gap everywhere; then emphasised, then the rest in walk order.
  CHECK(order({}) == Ids{"B1", "A1", "A2", "A3", "B2", "B3"});
  CHECK(order({"crisis"}) == Ids{"B1", "A1", "A3", "A2", "B2", "B3"});
  CHECK(order({"community"}) == Ids{"B1", "A2", "A1", "A3", "B3", "B2"});
}

TEST_CASE("Setting data in a file loads, and a setting the catalogue does not list is reported") {
  FrameworkLoad load = load_framework(read_source_file("tests/frameworks/minimal.json"));
  REQUIRE(load.framework);
  const Framework& fw = *load.framework;
  CHECK(fw.find_capability("A1")->settings.at("community").emphasis == Emphasis::Emphasised);
  CHECK(fw.find_capability("B1")->settings.at("community").emphasis == Emphasis::Optional);
  CHECK(fw.find_capability("B1")->settings.at("crisis").emphasis == Emphasis::Core);

  RolesLoad roles = load_roles(read_source_file("tests/frameworks/minimal-roles.json"), {&fw});
  REQUIRE(roles.catalogue);
  CHECK(roles.problems.empty());
  CHECK(roles.catalogue->find_role("housing-officer")->suggested_settings == Ids{"community"});
  CHECK(roles.catalogue->find_setting("crisis")->short_name == "crisis services");
  CHECK(setting_names(&*roles.catalogue, {"community", "crisis"}) ==
        "Community services and Crisis and urgent care");
  CHECK(setting_names(&*roles.catalogue, {"prison"}) == "prison");

  RoleCatalogue fewer = *roles.catalogue;
  fewer.settings.pop_back();  // no "crisis"
  const std::vector<Problem> problems = unknown_settings(fw, fewer);
  REQUIRE(problems.size() == 1);
  CHECK(to_string(problems[0]) ==
        "capabilities[1].settings.crisis: framework \"example-org\": setting \"crisis\" is not in the "
        "role catalogue, so nobody is asked about it");
}

TEST_CASE("Every shipped framework maps settings to the catalogue, and crisis and supported living differ") {
  const RoleCatalogue& roles = shipped_roles();
  for (const char* id : {"core", "esc", "nos", "peer-support"}) {
    const Framework& fw = testdata::shipped_framework(id);
    INFO(id);
    CHECK(unknown_settings(fw, roles).empty());
    const Ids crisis = walk_order(fw, all_of(fw), {"crisis"});
    const Ids living = walk_order(fw, all_of(fw), {"supported-living"});
    CHECK(crisis.front() != living.front());
    for (const char* setting : {"community", "supported-living", "crisis", "inpatient"}) {
      INFO(setting);
      int emphasised = 0;
      for (const Capability& c : fw.capabilities) {
        const auto it = c.settings.find(setting);
        if (it == c.settings.end() || it->second.emphasis != Emphasis::Emphasised) continue;
        ++emphasised;
        CHECK(it->second.in_practice.empty() == !fw.written_by_capwalk);
      }
      CHECK(emphasised >= 2);
    }
  }
}

TEST_CASE("The same role in a crisis team and in supported living walks and ranks differently") {
  AppState s = shipped_state();
  Assessment* crisis = start(s, "supported-living-support-worker", {"crisis"}, 2);
  REQUIRE(crisis);
  const Ids crisis_order = crisis->capability_ids;
  AppState t = shipped_state();
  Assessment* living = start(t, "supported-living-support-worker", {"supported-living"}, 2);
  REQUIRE(living);
  CHECK(living->settings == Ids{"supported-living"});
  CHECK(living->capability_ids.front() != crisis_order.front());
  Ids sorted_a = crisis_order, sorted_b = living->capability_ids;
  std::sort(sorted_a.begin(), sorted_a.end());
  std::sort(sorted_b.begin(), sorted_b.end());
  CHECK(sorted_a == sorted_b);  // the same capabilities, in another order

  // The same answers to every capability: Developing everywhere.
  for (AppState* state : {&s, &t}) {
    Assessment* a = current_assessment(*state);
    for (const std::string& id : a->capability_ids) a->answers[id].rating = Rating::Developing;
  }
  const Framework& fw = testdata::core();
  const Results rc = compute_results(*crisis, fw), rl = compute_results(*living, fw);
  REQUIRE_FALSE(rc.needs.empty());
  CHECK(rc.needs.front().capability_id != rl.needs.front().capability_id);
  CHECK(rc.needs.front().emphasised);
  CHECK(rl.needs.front().emphasised);
}

TEST_CASE("A role suggests its setting, and the person may choose several or none") {
  AppState s = shipped_state();
  choose_role(s, "crisis-team-worker");
  CHECK(s.setup.settings == Ids{"crisis"});
  choose_role(s, "teacher");
  CHECK(s.setup.settings.empty());
  s.setup.settings = {"community", "crisis"};
  s.chosen_framework = "core";
  start_assessment(s, "a-1", 1000);
  CHECK(current_assessment(s)->settings == Ids{"community", "crisis"});
}

TEST_CASE("Changing the setting later re-orders the pages and keeps every answer and the page shown") {
  AppState s = shipped_state();
  Assessment* a = start(s, "supported-living-support-worker", {"crisis"}, 2);
  REQUIRE(a);
  for (std::size_t i = 0; i < a->capability_ids.size(); ++i) {
    a->current_index = static_cast<int>(i);
    set_rating(s, rating_options()[i % rating_options().size()].rating, 2000);
    set_note(s, "note " + std::to_string(i), 2000);
  }
  a->current_index = 3;
  const std::string on_page = a->capability_ids[3];
  const std::map<std::string, Answer> answers = a->answers;
  const unsigned before = s.changes;

  set_assessment_settings(s, {"supported-living"}, 3000);
  CHECK(s.changes == before + 1);
  CHECK(a->settings == Ids{"supported-living"});
  CHECK(a->answers == answers);
  CHECK(a->capability_ids[static_cast<std::size_t>(a->current_index)] == on_page);
  CHECK(a->capability_ids == walk_order(testdata::core(), a->capability_ids, {"supported-living"}));

  set_assessment_settings(s, {"crisis"}, 4000);
  set_assessment_settings(s, {}, 5000);
  CHECK(a->answers == answers);
  CHECK(a->settings.empty());
  set_assessment_settings(s, {}, 6000);  // the same again: nothing changes
  CHECK(a->updated_at == 5000);
}

TEST_CASE("Skip this capability skips one optional page, and rating it later answers it after all") {
  AppState s = shipped_state();
  Assessment* a = start(s, "supported-living-support-worker", {"crisis"}, 2);
  REQUIRE(a);
  const Framework& fw = testdata::core();
  int optional_at = -1;
  for (std::size_t i = 0; i < a->capability_ids.size() && optional_at < 0; ++i)
    if (emphasis_in(*fw.find_capability(a->capability_ids[i]), a->settings) == Emphasis::Optional)
      optional_at = static_cast<int>(i);
  REQUIRE(optional_at >= 0);  // in crisis care, promoting wellbeing in the population is optional
  const std::string id = a->capability_ids[static_cast<std::size_t>(optional_at)];

  go_to_capability(s, optional_at, 2000);
  set_rating(s, Rating::NotYet, 2000);
  set_wants_training(s, true, 2000);
  set_note(s, "mine", 2000);
  skip_capability(s, 3000);
  CHECK(a->answers.at(id).skipped);
  CHECK(a->answers.at(id).rating == Rating::Unanswered);
  CHECK_FALSE(a->answers.at(id).wants_training);
  CHECK(a->answers.at(id).note == "mine");
  if (optional_at + 1 < static_cast<int>(a->capability_ids.size()))
    CHECK(a->current_index == optional_at + 1);  // moved on
  else
    CHECK(s.nav.current() == Screen::Results);  // it was the last page
  Results r = compute_results(*a, fw);
  CHECK(std::find(r.skipped.begin(), r.skipped.end(), id) != r.skipped.end());
  CHECK(std::none_of(r.needs.begin(), r.needs.end(), [&](const Need& n) { return n.capability_id == id; }));

  go_to_capability(s, optional_at, 4000);
  set_rating(s, Rating::Developing, 4000);
  CHECK_FALSE(a->answers.at(id).skipped);
  r = compute_results(*a, fw);
  CHECK(std::find(r.skipped.begin(), r.skipped.end(), id) == r.skipped.end());
}

TEST_CASE("Settings and skips are kept in the stored document, and an older single setting is read") {
  StoredData d;
  Assessment a;
  a.id = "a-1";
  a.framework_id = "core";
  a.tier = 2;
  a.settings = {"community", "crisis"};
  a.capability_ids = {"A1", "B1"};
  a.answers["B1"] = Answer{Rating::Unanswered, false, "n", true};
  d.assessments.push_back(a);
  const DocumentRead back = decode_document(encode_document(d, 5));
  REQUIRE(back.status == DocumentStatus::Ok);
  CHECK(back.data.assessments.at(0) == a);

  // A document of the first schema kept one "setting" ("community"), read as a list of one.
  const DocumentRead older = decode_document(example_schema1_document());
  REQUIRE(older.status == DocumentStatus::Ok);
  CHECK(older.data.assessments.at(0).settings == Ids{"community"});
}

TEST_CASE("A link carries several settings, and a link made before (format 1) still opens") {
  const Framework& fw = testdata::core();
  Assessment a;
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.tier = 2;
  a.settings = {"community", "crisis"};
  a.capability_ids = walk_order(fw, all_of(fw), a.settings);
  a.answers["A1"].rating = Rating::Confident;
  const std::string code = encode_share_code(a, fw, false);
  const ShareDecode d = decode_share_code(code);
  REQUIRE(d.error == ShareError::None);
  CHECK(d.results.settings == a.settings);
  const ResolvedShare r = resolve_share(d.results, fw, "");
  CHECK(r.assessment.capability_ids == a.capability_ids);  // walked in the setting's order

  // The same record as format 1 wrote it: one setting string where the count and list are.
  std::vector<std::uint8_t> bytes;
  REQUIRE(base64url_decode(code, bytes));
  bytes.resize(bytes.size() - 4);
  std::size_t at = 2;
  for (int s = 0; s < 3; ++s) at += 1 + bytes[at];  // framework id, version, role id
  REQUIRE(bytes[at] == 2);
  std::vector<std::uint8_t> old(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at));
  old[0] = 1;
  const std::string crisis = "crisis";
  old.push_back(static_cast<std::uint8_t>(crisis.size()));
  old.insert(old.end(), crisis.begin(), crisis.end());
  std::size_t after = at + 1;
  for (int s = 0; s < 2; ++s) after += 1 + bytes[after];  // skip both settings
  old.insert(old.end(), bytes.begin() + static_cast<std::ptrdiff_t>(after), bytes.end());
  const std::uint32_t crc = crc32(old.data(), old.size());
  for (int k = 0; k < 4; ++k) old.push_back(static_cast<std::uint8_t>(crc >> (8 * k)));
  const ShareDecode v1 = decode_share_code(base64url_encode(old));
  REQUIRE(v1.error == ShareError::None);
  CHECK(v1.results.settings == Ids{"crisis"});
  CHECK(v1.results.items.size() == d.results.items.size());

  // More settings than a link may carry is refused whole.
  std::vector<std::uint8_t> many = bytes;
  many[at] = static_cast<std::uint8_t>(kMaxSharedSettings + 1);
  const std::uint32_t crc2 = crc32(many.data(), many.size());
  for (int k = 0; k < 4; ++k) many.push_back(static_cast<std::uint8_t>(crc2 >> (8 * k)));
  CHECK(decode_share_code(base64url_encode(many)).error == ShareError::Malformed);
}

TEST_CASE("Start here prefers learning made for where the person works") {
  AppState s = shipped_state();
  const LearningCatalogue& catalogue = s.library.learning();
  int changed = 0;
  for (const char* fw_id : {"core", "peer-support"}) {
    const Framework& fw = s.library.find(fw_id)->framework;
    for (const Capability& c : fw.capabilities)
      for (const Setting& place : s.library.roles()->settings) {
        const NeedLearning anywhere = need_learning(catalogue, fw.id, c, 2);
        const NeedLearning here = need_learning(catalogue, fw.id, c, 2, {place.id});
        REQUIRE(here.start_here);
        const auto suited = learning_for(catalogue, fw.id, c, 2);
        const bool any_made = std::any_of(suited.begin(), suited.end(), [&](const LearningResource* r) {
          return r->cost == LearningCost::Free && is_online(*r) && made_for(*r, {place.id});
        });
        CHECK(made_for(*here.start_here, {place.id}) == any_made);
        if (here.start_here != anywhere.start_here) ++changed;
        CHECK(&s.library.learning_for_need(fw.id, c, 2, {place.id}) ==
              &s.library.learning_for_need(fw.id, c, 2, {place.id}));
      }
  }
  CHECK(changed >= 4);  // the settings' marks change some picks
}
