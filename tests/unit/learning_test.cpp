// The learning catalogue: loading and every validation error, what serves each
// shipped capability, the "Start here" pick, an organisation's file, and learning
// in the plan.
#include <algorithm>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/core/learning.h"
#include "app/core/organisation.h"
#include "app/core/storage_document.h"
#include "app/core/walkthrough.h"
#include "shipped_data.h"
#include "test_files.h"

using namespace capwalk;
using nlohmann::json;

namespace {

Framework minimal() {
  FrameworkLoad load = load_framework(read_source_file("tests/frameworks/minimal.json"));
  REQUIRE(load.framework.has_value());
  return *load.framework;
}

json good_resource() {
  return json{{"id", "listening-video"},
              {"title", "Listening well in ten minutes"},
              {"provider", "Example provider"},
              {"url", "https://learning.example.org/listening?from=capwalk#start"},
              {"format", "video"},
              {"minutes", 10},
              {"cost", "free"},
              {"tiers", {1, 2}},
              {"themes", {"communication"}},
              {"capabilities", {{"example-org", {"A1"}}}}};
}

json catalogue_with(const json& resource) {
  return json{{"format", 1}, {"version", "test"}, {"resources", json::array({resource})}};
}

bool mentions(const std::vector<Problem>& problems, const std::string& line) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& p) { return to_string(p) == line; });
}

const LearningCatalogue& shipped_learning() {
  static const LearningCatalogue catalogue = [] {
    LearningLoad load = load_learning(read_source_file("frameworks/learning.json"),
                                      {&testdata::core(), &testdata::esc(), &testdata::nos(),
                                       &testdata::shipped_framework("peer-support")});
    for (const Problem& p : load.problems) INFO(to_string(p));
    REQUIRE(load.catalogue.has_value());
    REQUIRE(load.problems.empty());
    return *load.catalogue;
  }();
  return catalogue;
}

LearningResource resource(const std::string& id, LearningCost cost, int minutes, const std::string& format,
                          const std::string& url = "https://example.org/x") {
  LearningResource r;
  r.id = id;
  r.cost = cost;
  r.minutes = minutes;
  r.format = format;
  r.url = url;
  r.tiers = {1, 2, 3};
  r.themes = {"communication"};
  return r;
}

}  // namespace

TEST_CASE("A small catalogue loads with every field of a resource") {
  const Framework fw = minimal();
  LearningLoad load = load_learning(catalogue_with(good_resource()).dump(), {&fw});
  REQUIRE(load.catalogue.has_value());
  CHECK(load.problems.empty());
  const LearningResource& r = load.catalogue->resources.at(0);
  CHECK(r.id == "listening-video");
  CHECK(r.minutes == 10);
  CHECK(r.cost == LearningCost::Free);
  CHECK(r.tiers == std::vector<int>{1, 2});
  CHECK(r.capabilities.at("example-org") == std::vector<std::string>{"A1"});
  CHECK(r.organisation.empty());
  CHECK(is_online(r));
  CHECK(learning_facts(r) == "Video · 10 minutes · Free");
  CHECK(load.catalogue->find("listening-video") == &r);
  CHECK(load.catalogue->find("nothing") == nullptr);
}

TEST_CASE("Every rule of a resource is reported with its path") {
  const Framework fw = minimal();
  struct Case {
    const char* what;
    std::function<void(json&)> change;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"no id", [](json& r) { r.erase("id"); }, "resources[0]: missing required field \"id\""},
      {"bad id", [](json& r) { r["id"] = "no spaces"; }, "resources[0].id: \"no spaces\" is not a valid id (use 1 to 40 letters, digits, '-', '_' or '.')"},
      {"no title", [](json& r) { r.erase("title"); }, "resources[0]: missing required field \"title\""},
      {"no provider", [](json& r) { r.erase("provider"); }, "resources[0]: missing required field \"provider\""},
      {"unknown format", [](json& r) { r["format"] = "podcast-ish"; }, "resources[0].format: unknown format \"podcast-ish\""},
      {"e-learning without address", [](json& r) { r["format"] = "e-learning"; r.erase("url"); },
       "resources[0]: missing required field \"url\" (e-learning and videos need their address)"},
      {"conversation with address", [](json& r) { r["format"] = "conversation"; },
       "resources[0].url: a conversation has no address: leave \"url\" out"},
      {"http address", [](json& r) { r["url"] = "http://example.org/page"; }, "resources[0].url: must be a well-formed https:// address"},
      {"address with a space", [](json& r) { r["url"] = "https://example.org/a page"; }, "resources[0].url: must be a well-formed https:// address"},
      {"address with no host", [](json& r) { r["url"] = "https:///page"; }, "resources[0].url: must be a well-formed https:// address"},
      {"script address", [](json& r) { r["url"] = "javascript:alert(1)"; }, "resources[0].url: must be a well-formed https:// address"},
      {"minutes zero", [](json& r) { r["minutes"] = 0; }, "resources[0].minutes: must be from 1 to 100000, found 0"},
      {"no cost", [](json& r) { r.erase("cost"); }, "resources[0]: missing required field \"cost\""},
      {"unknown cost", [](json& r) { r["cost"] = "cheap"; }, "resources[0].cost: unknown cost \"cheap\" (free, paid or employer)"},
      {"no tiers", [](json& r) { r.erase("tiers"); }, "resources[0]: missing required field \"tiers\""},
      {"tier out of range", [](json& r) { r["tiers"] = {1, 4}; }, "resources[0].tiers[1]: expected a tier from 1 to 3"},
      {"tier twice", [](json& r) { r["tiers"] = {2, 2}; }, "resources[0].tiers[1]: tier 2 is listed twice"},
      {"unknown theme", [](json& r) { r["themes"] = {"gardening"}; }, "resources[0].themes[0]: unknown theme \"gardening\""},
      {"unknown capability", [](json& r) { r["capabilities"] = {{"example-org", {"Z9"}}}; },
       "resources[0].capabilities.example-org[0]: capability \"Z9\" does not exist in \"example-org\""},
      {"serves nothing", [](json& r) { r.erase("themes"); r.erase("capabilities"); },
       "resources[0]: serves no capability: give \"themes\" or \"capabilities\""},
  };
  for (const Case& c : cases) {
    json resource = good_resource();
    c.change(resource);
    LearningLoad load = load_learning(catalogue_with(resource).dump(), {&fw});
    INFO(c.what << " should report: " << c.expected);
    for (const Problem& p : load.problems) INFO("reported: " << to_string(p));
    CHECK_FALSE(load.catalogue.has_value());
    CHECK(mentions(load.problems, c.expected));
  }
}

TEST_CASE("Catalogue-level problems: duplicates, a missing list, a newer format, another framework") {
  const Framework fw = minimal();
  json doc = catalogue_with(good_resource());
  doc["resources"].push_back(good_resource());
  LearningLoad twice = load_learning(doc.dump(), {&fw});
  CHECK(mentions(twice.problems, "resources[1].id: duplicate id \"listening-video\""));
  CHECK(mentions(load_learning(R"({"format":1,"version":"x"})", {&fw}).problems,
                 "missing required field \"resources\""));
  CHECK(has_errors(load_learning(R"({"format":2,"version":"x","resources":[]})", {&fw}).problems));
  CHECK(has_errors(load_learning("not json", {&fw}).problems));
  json other = good_resource();
  other["capabilities"] = {{"not-loaded", {"A1"}}};
  LearningLoad warned = load_learning(catalogue_with(other).dump(), {&fw});
  CHECK(warned.catalogue.has_value());
  CHECK(mentions(warned.problems, "resources[0].capabilities.not-loaded: framework \"not-loaded\" is not loaded, so this was not checked"));
}

TEST_CASE("Well-formed https addresses") {
  CHECK(is_well_formed_https("https://www.minded.org.uk/Component/Details/653238"));
  CHECK(is_well_formed_https("https://learn.nes.nhs.scot/37896"));
  CHECK_FALSE(is_well_formed_https("https://"));
  CHECK_FALSE(is_well_formed_https("https://localhost/x"));
  CHECK_FALSE(is_well_formed_https("https://exa mple.org"));
  CHECK_FALSE(is_well_formed_https("https://example..org"));
  CHECK_FALSE(is_well_formed_https("https://example.org/\"onmouseover=x"));
  CHECK_FALSE(is_well_formed_https("https://example.org/<script>"));
  CHECK_FALSE(is_well_formed_https("ftp://example.org"));
}

TEST_CASE("The shipped catalogue: at least 60 resources, every address https and well formed") {
  const LearningCatalogue& c = shipped_learning();
  CHECK(c.resources.size() >= 60);
  for (const LearningResource& r : c.resources) {
    INFO(r.id);
    if (!r.url.empty()) CHECK(is_well_formed_https(r.url));
    if (is_in_person(r.format)) CHECK(r.url.empty());
  }
}

TEST_CASE("Every shipped capability is served at every tier by two resources, one free and online") {
  const LearningCatalogue& c = shipped_learning();
  std::map<std::string, std::size_t> expected_counts = {{"core", 20}, {"esc", 10}, {"nos", 96}, {"peer-support", 28}};
  for (const auto& [id, count] : expected_counts) {
    const Framework& fw = testdata::shipped_framework(id);
    CHECK(fw.capabilities.size() == count);
    for (const Capability& cap : fw.capabilities)
      for (int tier = kFirstTier; tier <= kLastTier; ++tier) {
        const auto suited = learning_for(c, fw.id, cap, tier);
        INFO(fw.id << " " << cap.id << " at tier " << tier);
        CHECK(suited.size() >= 2);
        const LearningResource* first = start_here(suited, fw.id, cap);
        REQUIRE(first != nullptr);
        CHECK(first->cost == LearningCost::Free);
        CHECK(is_online(*first));
        CHECK(suits_tier(*first, tier));
      }
  }
}

// A receptionist's usual first need: what they are offered first must be about mental
// health and stigma (it was a reading on trauma-informed practice, which only shared
// two theme tags with it).
TEST_CASE("Mental health awareness and reducing stigma starts with a resource made for it, at tiers 1 and 2") {
  const Framework& core = testdata::core();
  const Capability& awareness = *core.find_capability("A1");
  REQUIRE(awareness.title == "Mental health awareness and reducing stigma");
  for (int tier : {1, 2}) {
    const NeedLearning learning = need_learning(shipped_learning(), core.id, awareness, tier, {"primary-care"});
    REQUIRE(learning.start_here != nullptr);
    INFO("tier " << tier << ": " << learning.start_here->title);
    const auto named = learning.start_here->capabilities.find("core");
    REQUIRE(named != learning.start_here->capabilities.end());
    CHECK(std::count(named->second.begin(), named->second.end(), "A1") == 1);
  }
}

TEST_CASE("Start here: free and online, the most relevant, then the shortest; unknown lengths count as longest") {
  const Framework fw = minimal();
  const Capability& listening = *fw.find_capability("A1");  // themes: communication
  const Capability& risk = *fw.find_capability("B1");       // themes: self-harm-and-suicide, risk
  const LearningResource paid_short = resource("paid", LearningCost::Paid, 5, "e-learning");
  const LearningResource free_long = resource("long", LearningCost::Free, 90, "e-learning");
  const LearningResource free_short = resource("short", LearningCost::Free, 20, "video");
  const LearningResource free_unknown = resource("unknown", LearningCost::Free, 0, "reading");
  const LearningResource chat = resource("chat", LearningCost::Employer, 10, "conversation", "");
  const LearningResource course = resource("course", LearningCost::Free, 10, "course");
  auto first = [&](std::vector<const LearningResource*> suited, const Capability& c) {
    const LearningResource* r = start_here(suited, fw.id, c);
    return r ? r->id : std::string("none");
  };
  CHECK(first({&paid_short, &free_long, &free_short, &free_unknown, &chat, &course}, listening) == "short");
  CHECK(first({&free_unknown, &free_long}, listening) == "long");
  CHECK(first({&free_unknown}, listening) == "unknown");
  CHECK(first({&paid_short, &chat, &course}, listening) == "none");
  const LearningResource twin = resource("twin", LearningCost::Free, 20, "e-learning");
  CHECK(first({&free_short, &twin}, listening) == "short");  // the first of equals

  // Sharing both of a capability's themes beats sharing one, however short that is;
  // naming the capability beats both.
  LearningResource one_theme = resource("one-theme", LearningCost::Free, 10, "e-learning");
  one_theme.themes = {"risk"};
  LearningResource both_themes = resource("both-themes", LearningCost::Free, 60, "e-learning");
  both_themes.themes = {"risk", "self-harm-and-suicide"};
  LearningResource named = resource("named", LearningCost::Free, 0, "reading");
  named.themes.clear();
  named.capabilities["example-org"] = {"B1"};
  CHECK(relevance(one_theme, fw.id, risk) == 1);
  CHECK(relevance(both_themes, fw.id, risk) == 2);
  CHECK(relevance(named, fw.id, risk) > 2);
  CHECK(relevance(named, "another-framework", risk) == 0);
  CHECK(first({&one_theme, &both_themes}, risk) == "both-themes");
  CHECK(first({&one_theme, &both_themes, &named}, risk) == "named");
}

TEST_CASE("Learning for a need: the organisation's own first, then named, then free, then shorter") {
  const Framework fw = minimal();
  const Capability& listening = *fw.find_capability("A1");
  LearningCatalogue c;
  c.resources = {resource("paid", LearningCost::Paid, 5, "e-learning"),
                 resource("free-long", LearningCost::Free, 60, "e-learning"),
                 resource("free-short", LearningCost::Free, 15, "e-learning"),
                 resource("named", LearningCost::Paid, 100, "course"),
                 resource("tier-3-only", LearningCost::Free, 1, "video"),
                 resource("off-topic", LearningCost::Free, 1, "video"),
                 resource("ours", LearningCost::Employer, 120, "course")};
  c.resources[3].themes.clear();
  c.resources[3].capabilities["example-org"] = {"A1"};
  c.resources[4].tiers = {3};
  c.resources[5].themes = {"risk"};
  c.resources[6].organisation = "Example Trust";
  std::vector<std::string> ids;
  for (const LearningResource* r : learning_for(c, fw.id, listening, 1)) ids.push_back(r->id);
  CHECK(ids == std::vector<std::string>{"ours", "named", "free-short", "free-long", "paid"});
  CHECK(learning_for(c, fw.id, listening, 3).size() == 6);
  ids.clear();
  const auto suited = learning_for(c, fw.id, listening, 1);
  for (const LearningResource* r : in_shown_order(suited, start_here(suited, fw.id, listening))) ids.push_back(r->id);
  CHECK(ids == std::vector<std::string>{"ours", "free-short", "named", "free-long", "paid"});
  CHECK(learning_for(c, "another-framework", listening, 1).size() == 4);  // only by theme there
}

namespace {

OrganisationLoad load_sample_organisation() {
  const LearningCatalogue& c = shipped_learning();
  return load_organisation(read_source_file("tests/organisation/organisation.json"),
                           {&testdata::core(), &testdata::esc(), &testdata::nos(),
                            &testdata::shipped_framework("peer-support")},
                           &testdata::shipped_roles(), c);
}

json good_organisation() {
  json r = good_resource();
  r["id"] = "trust-listening";
  return json{{"format", 1},
              {"name", "Example Trust"},
              {"contact", {{"name", "Learning team"}, {"email", "learning@example.nhs.uk"}}},
              {"resources", json::array({r})},
              {"frameworks", {"example-org"}},
              {"default_framework", "example-org"}};
}

}  // namespace

TEST_CASE("The sample organisation file loads, and its offer comes first") {
  OrganisationLoad load = load_sample_organisation();
  for (const Problem& p : load.problems) INFO(to_string(p));
  REQUIRE(load.organisation.has_value());
  CHECK(load.problems.empty());
  const Organisation& org = *load.organisation;
  CHECK_FALSE(org.name.empty());
  REQUIRE_FALSE(org.resources.empty());
  for (const LearningResource& r : org.resources) CHECK(r.organisation == org.name);
  const LearningCatalogue merged = with_organisation(shipped_learning(), org);
  CHECK(merged.resources.size() == shipped_learning().resources.size() + org.resources.size());
  CHECK(merged.resources.front().id == org.resources.front().id);
  CHECK(org.offers_framework(org.default_framework));
}

TEST_CASE("Every rule of an organisation file is reported with its path") {
  const Framework fw = minimal();
  LearningCatalogue catalogue;
  catalogue.resources = {resource("taken", LearningCost::Free, 5, "video")};
  RoleCatalogue roles;
  roles.roles.push_back(Role{});
  roles.roles.back().id = "support-worker";
  struct Case {
    const char* what;
    std::function<void(json&)> change;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"no name", [](json& o) { o.erase("name"); }, "missing required field \"name\""},
      {"contact with no way to reach", [](json& o) { o["contact"] = {{"name", "Team"}}; },
       "contact: give at least one of \"email\", \"phone\" or \"url\""},
      {"bad email", [](json& o) { o["contact"]["email"] = "not an email"; },
       "contact.email: expected an email address such as learning@example.nhs.uk"},
      {"bad phone", [](json& o) { o["contact"]["phone"] = "call us"; },
       "contact.phone: expected a phone number: digits, spaces, + ( ) and -"},
      {"bad web page", [](json& o) { o["contact"]["url"] = "www.example.org"; },
       "contact.url: must be a well-formed https:// address"},
      {"unknown framework", [](json& o) { o["frameworks"] = {"example-org", "nope"}; },
       "frameworks[1]: framework \"nope\" is not part of capwalk"},
      {"unknown role", [](json& o) { o["roles"] = {"astronaut"}; },
       "roles[0]: role \"astronaut\" is not in capwalk's role list"},
      {"unknown default", [](json& o) { o["default_framework"] = "other"; },
       "default_framework: framework \"other\" is not part of capwalk"},
      {"default not offered", [](json& o) { o["default_framework"] = "second"; },
       "default_framework: \"second\" is not one of the frameworks offered in \"frameworks\""},
      {"resource id taken", [](json& o) { o["resources"][0]["id"] = "taken"; },
       "resources[0].id: \"taken\" is already in capwalk's catalogue"},
      {"resource rule", [](json& o) { o["resources"][0]["cost"] = "cheap"; },
       "resources[0].cost: unknown cost \"cheap\" (free, paid or employer)"},
      {"smallest group too small", [](json& o) { o["smallest_group"] = 2; }, "smallest_group: must be from 3 to 100, found 2"},
  };
  Framework second = fw;
  second.id = "second";
  REQUIRE(load_organisation(good_organisation().dump(), {&fw, &second}, &roles, catalogue).organisation.has_value());
  CHECK(load_organisation(good_organisation().dump(), {&fw, &second}, &roles, catalogue).organisation->smallest_group == 5);
  json seven = good_organisation();
  seven["smallest_group"] = 7;
  CHECK(load_organisation(seven.dump(), {&fw, &second}, &roles, catalogue).organisation->smallest_group == 7);
  for (const Case& c : cases) {
    json org = good_organisation();
    c.change(org);
    OrganisationLoad load = load_organisation(org.dump(), {&fw, &second}, &roles, catalogue);
    INFO(c.what << " should report: " << c.expected);
    for (const Problem& p : load.problems) INFO("reported: " << to_string(p));
    CHECK_FALSE(load.organisation.has_value());
    CHECK(mentions(load.problems, c.expected));
  }
  std::vector<Problem> one = {Problem{Severity::Error, "name", "x"}};
  CHECK(organisation_file_banner(one).find("It has 1 problem:") != std::string::npos);
}

TEST_CASE("Add to my plan creates the item once; Booked and Done keep their dates; both are stored") {
  AppState s;
  REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file("frameworks/core.json"))));
  Assessment a;
  a.id = "a-000000000001";
  a.framework_id = "core";
  a.capability_ids = {"A1", "A2"};
  s.stored.assessments.push_back(a);
  s.stored.current_id = a.id;
  add_learning_to_plan(s, "A1", "zsa", 1000);
  add_learning_to_plan(s, "A1", "zsa", 2000);
  add_learning_to_plan(s, "A1", "minded", 3000);
  REQUIRE(s.stored.assessments[0].plan.size() == 1);
  CHECK(s.stored.assessments[0].plan[0].learning == std::vector<std::string>{"zsa", "minded"});
  set_plan_mark(s, "A1", PlanMark::Booked, true, 4000);
  set_plan_mark(s, "A1", PlanMark::Done, true, 5000);
  set_plan_mark(s, "A1", PlanMark::Done, true, 6000);  // already done: the date stays
  CHECK(plan_item(s, "A1")->booked_at == 4000);
  CHECK(plan_item(s, "A1")->done_at == 5000);
  set_plan_mark(s, "A2", PlanMark::Done, true, 7000);  // not in the plan: nothing
  CHECK(plan_item(s, "A2") == nullptr);

  const DocumentRead read = decode_document(encode_document(s.stored, 9000));
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data.assessments[0].plan[0] == *plan_item(s, "A1"));
  set_plan_mark(s, "A1", PlanMark::Done, false, 8000);
  CHECK(plan_item(s, "A1")->done_at == 0);
}

TEST_CASE("The library works out a need's learning once, and again when the organisation's offer arrives") {
  AppState s;
  for (const char* id : {"core", "esc", "nos", "peer-support"})
    REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_roles(read_source_file("frameworks/roles.json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_learning(read_source_file("frameworks/learning.json"))));
  const Capability& cap = *s.library.find("core")->framework.find_capability("A1");
  const NeedLearning& cached = s.library.learning_for_need("core", cap, 2);
  const NeedLearning fresh = need_learning(s.library.learning(), "core", cap, 2);
  CHECK(cached.shown == fresh.shown);
  CHECK(cached.start_here == fresh.start_here);
  CHECK(&s.library.learning_for_need("core", cap, 2) == &cached);  // not worked out again
  REQUIRE(use_organisation_file(s, read_source_file("tests/organisation/organisation.json")).empty());
  const NeedLearning& with_trust = s.library.learning_for_need("core", cap, 2);
  REQUIRE_FALSE(with_trust.shown.empty());
  CHECK_FALSE(with_trust.shown.front()->organisation.empty());
}
