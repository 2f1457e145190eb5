#include <catch2/catch.hpp>

#include "app/core/framework_library.h"
#include "test_files.h"

using namespace capwalk;

namespace {
FrameworkLibrary shipped_library() {
  FrameworkLibrary lib;
  for (const char* id : {"core", "esc", "nos", "peer-support"})
    REQUIRE_FALSE(has_errors(lib.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE_FALSE(has_errors(lib.set_shipped_roles(read_source_file("frameworks/roles.json"))));
  return lib;
}
}  // namespace

TEST_CASE("The shipped frameworks and roles load into the library in order") {
  FrameworkLibrary lib = shipped_library();
  REQUIRE(lib.entries().size() == 4);
  CHECK(lib.entries()[0].framework.id == "core");
  CHECK(lib.entries()[0].opened_from.empty());
  REQUIRE(lib.roles() != nullptr);
  CHECK(lib.roles()->roles.size() >= 20);
}

TEST_CASE("A person's own framework file is added and says where it came from") {
  FrameworkLibrary lib = shipped_library();
  FileImport r = lib.import_file("our-trust.json", read_source_file("tests/frameworks/minimal.json"));
  CHECK(r.added);
  CHECK(r.framework_id == "example-org");
  CHECK(r.headline ==
        "Added \xE2\x80\x9C" "Example Trust skills\xE2\x80\x9D. You can choose it below. It stays until you close this page.");
  REQUIRE(lib.find("example-org") != nullptr);
  CHECK(lib.find("example-org")->opened_from == "our-trust.json");
}

TEST_CASE("A broken file is refused with a plain headline, and nothing changes") {
  FrameworkLibrary lib = shipped_library();
  FileImport r = lib.import_file("x.json", read_source_file("tests/frameworks/broken/unknown-tier.json"));
  CHECK_FALSE(r.added);
  CHECK(r.headline ==
        "capwalk cannot use this file. It has 1 problem that needs fixing. Whoever wrote the file can use the list below.");
  CHECK(lib.entries().size() == 4);

  CHECK(lib.import_file("a.txt", "hello").headline ==
        "capwalk cannot use this file. It is not a framework file: capwalk could not read it as one.");
  CHECK(lib.import_file("roles.json", read_source_file("frameworks/roles.json")).headline ==
        "capwalk cannot use this file. It is a list of roles, not a framework.");
  CHECK(lib.import_file("big.json", std::string(3 * 1024 * 1024, ' ')).headline ==
        "capwalk cannot use this file. It is larger than a framework file can be (2 MB).");
  CHECK(lib.entries().size() == 4);
}

TEST_CASE("A file cannot replace a framework that is already loaded") {
  FrameworkLibrary lib = shipped_library();
  const std::string core = read_source_file("frameworks/core.json");
  FileImport r = lib.import_file("core-copy.json", core);
  CHECK_FALSE(r.added);
  CHECK(r.headline.find("A framework with the same id (\"core\") is already here.") != std::string::npos);
  CHECK(lib.entries().size() == 4);
  CHECK(lib.find("core")->opened_from.empty());
}

TEST_CASE("Warnings do not stop a file, and the person is told what was ignored") {
  FrameworkLibrary lib;
  std::string text = read_source_file("tests/frameworks/minimal.json");
  text.insert(text.find("\"version\""), "\"colour\": \"teal\", ");
  FileImport r = lib.import_file("f.json", text);
  CHECK(r.added);
  CHECK(r.headline.find("capwalk ignored 1 part of the file it did not recognise.") != std::string::npos);
}

#include "app/core/app_state.h"

TEST_CASE("Opening a good file chooses it; a bad one shows the problems and keeps the choice") {
  AppState state;
  state.nav.go(Screen::ChooseFramework);
  open_framework_file(state, "bad.json", "not json");
  CHECK(state.nav.current() == Screen::FrameworkFileProblems);
  CHECK(state.chosen_framework == "core");
  REQUIRE(state.last_file_import.has_value());
  CHECK_FALSE(state.last_file_import->added);

  open_framework_file(state, "ours.json", read_source_file("tests/frameworks/minimal.json"));
  CHECK(state.nav.current() == Screen::ChooseFramework);
  CHECK(state.chosen_framework == "example-org");
  CHECK(state.last_file_import->added);
  state.nav.back();
  CHECK(state.nav.current() == Screen::Welcome);  // the problems screen is not in the way back
}
