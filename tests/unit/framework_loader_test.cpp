// The loader's rules, on small files and on the corpus of broken files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/core/framework_loader.h"
#include "test_files.h"

using namespace capwalk;

namespace {

Framework minimal() {
  FrameworkLoad load = load_framework(read_source_file("tests/frameworks/minimal.json"));
  REQUIRE(load.framework.has_value());
  return *load.framework;
}

bool mentions(const std::vector<Problem>& problems, const std::string& line) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& p) { return to_string(p) == line; });
}

}  // namespace

TEST_CASE("A small framework an organisation wrote loads with everything in it") {
  const Framework fw = minimal();
  CHECK(fw.id == "example-org");
  REQUIRE(fw.capabilities.size() == 2);
  CHECK(fw.capabilities[0].tiers.at(1).front() == "I can listen without rushing.");
  CHECK(fw.capabilities[0].tiers.count(3) == 0);  // a capability may lack a tier
  CHECK(fw.capabilities[1].tiers.count(1) == 0);
  CHECK(fw.capabilities[0].learning.at(0).format == "conversation");
  CHECK(fw.find_domain("B")->title == "Keeping people safe");
  CHECK(fw.find_capability("B1")->themes.size() == 2);
  CHECK(fw.find_capability("Z9") == nullptr);
}

TEST_CASE("Every broken file in the corpus gives its expected, path-specific error") {
  const auto expected = nlohmann::json::parse(read_source_file("tests/frameworks/broken/expected.json"));
  const Framework example = minimal();
  REQUIRE(expected.size() >= 25);
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    const std::string text = read_source_file("tests/frameworks/broken/" + it.key());
    const std::string want = it.value().get<std::string>();
    std::vector<Problem> problems;
    bool loaded = false;
    if (it.key().rfind("roles-", 0) == 0) {
      RolesLoad load = load_roles(text, {&example});
      problems = load.problems;
      loaded = load.catalogue.has_value();
    } else {
      FrameworkLoad load = load_framework(text);
      problems = load.problems;
      loaded = load.framework.has_value();
    }
    INFO(it.key() << " should report: " << want);
    for (const Problem& p : problems) INFO("reported: " << to_string(p));
    CHECK_FALSE(loaded);
    CHECK(mentions(problems, want));
  }
}

TEST_CASE("A file over 2 MB is refused before it is parsed") {
  std::string big = "{\"notes\": [\"" + std::string(2 * 1024 * 1024, 'x') + "\"]}";
  FrameworkLoad load = load_framework(big);
  CHECK_FALSE(load.framework);
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems[0].message == "the file is too large (2048 KB); the limit is 2048 KB");
}

TEST_CASE("Nesting is counted outside strings only") {
  std::string text = read_source_file("tests/frameworks/minimal.json");
  text.insert(text.find("\"version\""), "\"x_note\": \"" + std::string(100, '[') + "\", ");
  FrameworkLoad load = load_framework(text);
  CHECK(load.framework.has_value());
}

TEST_CASE("Unknown fields are warnings, so newer files still open") {
  std::string text = read_source_file("tests/frameworks/minimal.json");
  text.insert(text.find("\"version\""), "\"colour\": \"teal\", ");
  FrameworkLoad load = load_framework(text);
  REQUIRE(load.framework.has_value());
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems[0].severity == Severity::Warning);
  CHECK(to_string(load.problems[0]) == "colour: unknown field, ignored");
}

TEST_CASE("Every problem is reported, not only the first") {
  FrameworkLoad load = load_framework(R"({"format": 1, "domains": [{"id": "A"}], "capabilities": []})");
  CHECK_FALSE(load.framework);
  CHECK(count(load.problems, Severity::Error) >= 8);
  CHECK(mentions(load.problems, "missing required field \"id\""));
  CHECK(mentions(load.problems, "domains[0]: missing required field \"title\""));
  CHECK(mentions(load.problems, "capabilities: must not be empty"));
}

TEST_CASE("A role catalogue is not mistaken for a framework, or the other way round") {
  const std::string roles = read_source_file("tests/frameworks/minimal-roles.json");
  const std::string framework = read_source_file("tests/frameworks/minimal.json");
  CHECK(guess_file_kind(roles) == FileKind::RoleCatalogue);
  CHECK(guess_file_kind(framework) == FileKind::Framework);
  CHECK(guess_file_kind("[1, 2]") == FileKind::Unknown);
  CHECK(guess_file_kind(read_source_file("frameworks/learning.json")) == FileKind::LearningCatalogue);
  CHECK(guess_file_kind(R"({"format":1,"name":"Trust","roles":["nurse"]})") == FileKind::Organisation);
  CHECK(mentions(load_framework(roles).problems, "this is a role catalogue, not a framework"));
  CHECK(mentions(load_roles(framework, {}).problems, "this is a framework, not a role catalogue"));
}

TEST_CASE("A role's relevant capabilities: all, by theme, or by id, in framework order") {
  const Framework fw = minimal();
  Role role;
  role.relevant["example-org"].themes = {"risk"};
  auto ids = [&] {
    std::vector<std::string> out;
    for (const Capability* c : relevant_capabilities(role, fw)) out.push_back(c->id);
    return out;
  };
  CHECK(ids() == std::vector<std::string>{"B1"});
  role.relevant["example-org"].capabilities = {"A1"};
  CHECK(ids() == std::vector<std::string>{"A1", "B1"});
  role.relevant["example-org"] = RoleRelevance{true, {}, {}};
  CHECK(ids().size() == 2);
  role.relevant.clear();
  CHECK(ids().empty());
}

TEST_CASE("Roles naming a framework that is not loaded are warned about, not refused") {
  RolesLoad load = load_roles(read_source_file("tests/frameworks/minimal-roles.json"), {});
  REQUIRE(load.catalogue.has_value());
  CHECK(mentions(load.problems,
                 "roles[0].relevant.example-org: framework \"example-org\" is not loaded, so this "
                 "was not checked"));
}

TEST_CASE("One id rule for framework files and share links: 1 to 40 plain characters") {
  CHECK(is_id("core"));
  CHECK(is_id("peer-support_2.1"));
  CHECK(is_id(std::string(kMaxIdLength, 'a')));
  CHECK_FALSE(is_id(""));
  CHECK_FALSE(is_id(std::string(kMaxIdLength + 1, 'a')));
  CHECK_FALSE(is_id("=HYPERLINK(1)"));
  CHECK_FALSE(is_id("two words"));
  CHECK_FALSE(is_id("caf\xC3\xA9"));
}

TEST_CASE("Tier levels outside kFirstTier..kLastTier move to the nearest one") {
  static_assert(kTierCount == 3, "Tier 1 awareness, Tier 2 regular contact, Tier 3 specialist");
  CHECK(nearest_tier(0) == kFirstTier);
  CHECK(nearest_tier(2) == 2);
  CHECK(nearest_tier(9) == kLastTier);
  CHECK(is_tier(kLastTier));
  CHECK_FALSE(is_tier(kLastTier + 1));
}
