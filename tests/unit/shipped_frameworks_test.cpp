// The frameworks and roles capwalk ships, loaded exactly as the app loads them.
#include <catch2/catch.hpp>

#include <set>

#include "app/core/framework_loader.h"
#include "test_files.h"

using namespace capwalk;

namespace {

Framework load_shipped(const std::string& id) {
  FrameworkLoad load = load_framework(read_source_file("frameworks/" + id + ".json"));
  INFO(id);
  for (const Problem& p : load.problems) INFO(to_string(p));
  REQUIRE(load.framework.has_value());
  CHECK(load.problems.empty());  // not even a warning in what we ship
  CHECK(load.framework->id == id);
  return *load.framework;
}

}  // namespace

TEST_CASE("ESC: ten capabilities and all 76 practice indicators, attributed") {
  const Framework esc = load_shipped("esc");
  CHECK(esc.capabilities.size() == 10);
  CHECK(esc.indicator_count() == 76);
  CHECK_FALSE(esc.written_by_capwalk);
  CHECK_FALSE(esc.attribution.empty());
  CHECK(esc.capabilities.front().title == "Working in Partnership");
}

TEST_CASE("NOS: all 96 competences, each saying who it applies to, numbering kept as printed") {
  const Framework nos = load_shipped("nos");
  REQUIRE(nos.capabilities.size() == 96);
  int printed_45 = 0;
  for (const Capability& c : nos.capabilities) {
    CHECK_FALSE(c.applies_to.empty());
    CHECK_FALSE(c.indicators.empty());
    printed_45 += c.number == "45";
  }
  CHECK(printed_45 == 2);  // the source numbers two competences 45 and none 46
  CHECK(nos.capabilities[45].id == "nos-46");
  CHECK(nos.capabilities[45].number == "45");
  CHECK_FALSE(nos.notes.empty());
}

TEST_CASE("Core: 15 to 20 capabilities in lettered domains with tier statements, in our own words") {
  const Framework core = load_shipped("core");
  CHECK(core.written_by_capwalk);
  CHECK(core.capabilities.size() >= 15);
  CHECK(core.capabilities.size() <= 20);
  CHECK(core.tiers.size() == 3);
  for (const Domain& d : core.domains) CHECK((d.id.size() == 1 && d.id[0] >= 'A' && d.id[0] <= 'Z'));
  for (const Capability& c : core.capabilities) {
    INFO(c.id);
    CHECK_FALSE(c.tiers.empty());
    CHECK(c.learning.empty());  // its learning is in frameworks/learning.json (learning_test.cpp)
  }
  std::set<std::string> used;
  for (const Capability& c : core.capabilities) used.insert(c.themes.begin(), c.themes.end());
  for (const char* theme : {"trauma-informed", "co-existing-conditions", "recovery", "crisis",
                            "self-harm-and-suicide", "physical-health", "families-and-carers",
                            "children-and-young-people", "older-people", "law-and-safeguarding",
                            "own-wellbeing", "leadership"}) {
    INFO(theme);
    CHECK(used.count(theme) == 1);
  }
}

TEST_CASE("Peer support: the nine domains, in our own words") {
  const Framework ps = load_shipped("peer-support");
  CHECK(ps.written_by_capwalk);
  CHECK(ps.domains.size() == 9);
}

TEST_CASE("Roles: at least 20 across sectors, each needing at least 5 core capabilities") {
  const Framework core = load_shipped("core"), esc = load_shipped("esc"), nos = load_shipped("nos"),
                  ps = load_shipped("peer-support");
  RolesLoad load = load_roles(read_source_file("frameworks/roles.json"), {&core, &esc, &nos, &ps});
  for (const Problem& p : load.problems) INFO(to_string(p));
  REQUIRE(load.catalogue.has_value());
  CHECK(load.problems.empty());
  const RoleCatalogue& roles = *load.catalogue;
  CHECK(roles.roles.size() >= 20);
  for (const Role& r : roles.roles) {
    INFO(r.id);
    CHECK(relevant_capabilities(r, core).size() >= 5);
    CHECK(relevant_capabilities(r, esc).size() == 10);
    CHECK_FALSE(r.synonyms.empty());
  }
  for (const char* sector : {"primary-care", "pharmacy", "housing", "police-and-justice",
                             "social-care", "vcse", "acute-hospital", "mental-health-services",
                             "ambulance", "education", "commissioning", "peer-support"}) {
    INFO(sector);
    CHECK(std::any_of(roles.roles.begin(), roles.roles.end(),
                      [&](const Role& r) { return r.sector == sector; }));
  }
  const Role* receptionist = roles.find_role("gp-receptionist");
  REQUIRE(receptionist);
  CHECK(receptionist->suggested_tier == 1);
  CHECK(std::find(receptionist->synonyms.begin(), receptionist->synonyms.end(), "front desk") !=
        receptionist->synonyms.end());
}
