// Hostile and odd input to everything that reads from outside: exact, plain messages,
// no crash, and memory bounded by the limits (this suite also runs under
// AddressSanitizer + UndefinedBehaviorSanitizer, see scripts/build-sanitized).
#include <catch2/catch.hpp>

#include <string>

#include "app/core/framework_loader.h"
#include "app/core/report_html.h"
#include "app/core/share_code.h"
#include "app/core/storage_document.h"
#include "shipped_data.h"

using namespace capwalk;
using capwalk::testdata::core;

namespace {

std::string only_error(const FrameworkLoad& load) {
  REQUIRE_FALSE(load.framework.has_value());
  std::string errors;
  for (const Problem& p : load.problems)
    if (p.severity == Severity::Error) errors += (errors.empty() ? "" : " | ") + p.message;
  return errors;
}

// Right-to-left override, an emoji with a skin tone, and text after them.
const std::string kAwkwardNote = "\xE2\x80\xAE" "evil.exe \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD ok";

Assessment answered_core(const std::string& note) {
  Assessment a;
  a.id = "a-hostile";
  a.framework_id = core().id;
  a.framework_version = core().version;
  a.role_title = "Receptionist";
  a.created_at = a.updated_at = 1795000000000;
  for (const Capability& c : core().capabilities) {
    a.capability_ids.push_back(c.id);
    a.answers[c.id].rating = Rating::Developing;
  }
  a.answers[a.capability_ids.front()].note = note;
  return a;
}

}  // namespace

TEST_CASE("a framework nested 10,000 levels deep is refused before it is parsed", "[hostile]") {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  CHECK(only_error(load_framework(deep)) == "the file is nested too deeply (more than 32 levels)");
  CHECK(decode_document(deep).status == DocumentStatus::Corrupt);
}

TEST_CASE("a 5 MB framework is refused by its size", "[hostile]") {
  const std::string big = "{\"padding\":\"" + std::string(5 * 1024 * 1024, 'x') + "\"}";
  CHECK(only_error(load_framework(big)) == "the file is too large (5120 KB); the limit is 2048 KB");
}

TEST_CASE("a million-element array is refused as not a framework", "[hostile]") {
  std::string million = "[1";
  for (int i = 1; i < 1000000; ++i) million += ",1";
  million += "]";
  CHECK(only_error(load_framework(million)) == "expected an object, found a list");
  CHECK(decode_document(million).status == DocumentStatus::Corrupt);
}

TEST_CASE("invalid UTF-8 in a framework is named without repeating the bytes", "[hostile]") {
  const std::string bad = "{\n  \"title\": \"abc\xFF\xFE\"\n}";
  CHECK(only_error(load_framework(bad)) ==
        "this is not valid JSON (line 2, column 16): syntax error while parsing value - invalid "
        "string: ill-formed UTF-8 byte");
}

TEST_CASE("a 100 KB link is refused as too long", "[hostile]") {
  const ShareDecode d = decode_share_code(std::string(100 * 1024, 'A'));
  CHECK(d.error == ShareError::TooLong);
  CHECK(d.message() ==
        "This link is too long to be a capwalk link. Check that you copied only the link and "
        "nothing else, or ask for it to be sent again.");
}

TEST_CASE("right-to-left overrides and emoji in notes survive links, storage and reports", "[hostile]") {
  const Assessment a = answered_core(kAwkwardNote);
  const ShareDecode shared = decode_share_code(encode_share_code(a, core(), true));
  REQUIRE(shared.error == ShareError::None);
  CHECK(resolve_share(shared.results, core(), "x").assessment.answers.at(a.capability_ids.front()).note ==
        kAwkwardNote);

  StoredData stored;
  stored.assessments.push_back(a);
  const DocumentRead read = decode_document(encode_document(stored, 1795000000000));
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data.assessments.front().answers.at(a.capability_ids.front()).note == kAwkwardNote);

  CHECK(html_escape(kAwkwardNote) == kAwkwardNote);  // nothing to escape, nothing lost
  CHECK(results_html(a, core(), "1 January 2027", "", LearningCatalogue{}).find(kAwkwardNote) != std::string::npos);
}

TEST_CASE("invalid UTF-8 in a note is stored as replacement characters, not refused", "[hostile]") {
  StoredData stored;
  stored.assessments.push_back(answered_core("caf\xC3 ok"));
  const DocumentRead read = decode_document(encode_document(stored, 1795000000000));
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data.assessments.front().answers.at(read.data.assessments.front().capability_ids.front()).note ==
        "caf\xEF\xBF\xBD ok");
}
