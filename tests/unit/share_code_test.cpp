// Share codes: results packed into a link, checked on the way back in, and matched
// against the framework as it is on the receiving device.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "app/core/framework_loader.h"
#include "app/core/share_code.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {

constexpr std::int64_t kDayMs = 86400000;
constexpr std::int64_t k2020Ms = 1577836800000;  // 2020-01-01T00:00:00Z

const RoleCatalogue& roles() { return shipped_roles(); }

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

std::string text_of(const std::vector<std::uint8_t>& bytes) { return {bytes.begin(), bytes.end()}; }

// The binary record inside a code (checksum included).
std::vector<std::uint8_t> record_of(const std::string& code) {
  std::vector<std::uint8_t> bytes;
  REQUIRE(base64url_decode(code, bytes));
  return bytes;
}

// `record` without its old checksum, given a correct new one, as a code.
std::string resealed(std::vector<std::uint8_t> record) {
  REQUIRE(record.size() >= 4);
  record.resize(record.size() - 4);
  const std::uint32_t crc = crc32(record.data(), record.size());
  for (int k = 0; k < 4; ++k) record.push_back(static_cast<std::uint8_t>((crc >> (8 * k)) & 0xFF));
  return base64url_encode(record);
}

// A core assessment of every capability, answered in a repeating pattern.
Assessment full_core_assessment() {
  Assessment a;
  a.id = "a-sender";
  a.framework_id = core().id;
  a.framework_version = core().version;
  a.role_id = "peer-support-worker";
  a.role_title = "Peer support worker";
  a.tier = 2;
  a.settings = {"community"};
  a.updated_at = k2020Ms + 2000 * kDayMs + 12345;
  const Rating cycle[] = {Rating::NotYet,   Rating::Developing,        Rating::Confident,
                          Rating::CouldSupportOthers, Rating::NotHadOpportunity, Rating::NotSure};
  for (std::size_t i = 0; i < core().capabilities.size(); ++i) {
    const std::string& id = core().capabilities[i].id;
    a.capability_ids.push_back(id);
    a.answers[id].rating = cycle[i % 6];
    a.answers[id].wants_training = i % 4 == 0;
    a.answers[id].note = "note for " + id;
  }
  return a;
}

// ---- Random assessments ----

struct RandomCase {
  Assessment assessment;
  const Framework* framework = nullptr;
  bool include_notes = false;
  std::int64_t days = 0;
};

std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "Felt good ",     "\xF0\x9F\x98\x8A",          "caf\xC3\xA9 ",     "\xE6\xBC\xA2\xE5\xAD\x97",
      "\"quoted\" ",    "line\nbreak ",              "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "back\\slash ",
      "talk to Sam ",   "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", "#r=not-a-code ", "100% "};
  std::string out;
  const int count = std::uniform_int_distribution<int>(0, 4)(rng);
  for (int i = 0; i < count; ++i)
    out += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
  return out;
}

RandomCase random_case(std::mt19937& rng, int index) {
  RandomCase c;
  c.framework = (rng() % 2 == 0) ? &nos() : &core();
  c.include_notes = index % 3 == 0;
  const Framework& fw = *c.framework;
  Assessment& a = c.assessment;
  a.id = "a-" + std::to_string(index);
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.tier = std::uniform_int_distribution<int>(1, 3)(rng);
  for (const Setting& s : roles().settings)  // none, one or several
    if (rng() % 3 == 0) a.settings.push_back(s.id);
  if (rng() % 4 != 0) {
    const Role& role = roles().roles[std::uniform_int_distribution<std::size_t>(0, roles().roles.size() - 1)(rng)];
    a.role_id = role.id;
    a.role_title = role.title;
  }
  c.days = std::uniform_int_distribution<std::int64_t>(0, 65535)(rng);
  a.created_at = k2020Ms + c.days * kDayMs - 5000;
  a.updated_at = k2020Ms + c.days * kDayMs + std::uniform_int_distribution<std::int64_t>(0, kDayMs - 1)(rng);

  const double keep = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
  std::bernoulli_distribution include(keep);
  for (const Capability& capability : fw.capabilities) {
    if (!include(rng)) continue;
    a.capability_ids.push_back(capability.id);
    Answer answer;
    answer.rating = static_cast<Rating>(std::uniform_int_distribution<int>(0, 6)(rng));
    answer.wants_training = rng() % 3 == 0;
    if (c.include_notes && rng() % 2 == 0) answer.note = random_text(rng);
    if (answer.rating != Rating::Unanswered || answer.wants_training || !answer.note.empty())
      a.answers[capability.id] = answer;
  }
  if (c.include_notes && !a.capability_ids.empty()) {
    const int plan_count = std::uniform_int_distribution<int>(0, 3)(rng);
    for (int i = 0; i < plan_count; ++i) {
      PlanItem item;
      item.capability_id =
          a.capability_ids[std::uniform_int_distribution<std::size_t>(0, a.capability_ids.size() - 1)(rng)];
      item.goal = random_text(rng);
      item.action = random_text(rng);
      item.by_when = rng() % 2 ? "by March" : "";
      item.support = random_text(rng);
      a.plan.push_back(item);
    }
  }
  return c;
}

// What the receiver should end up with: notes only when they were included, and an
// answer only where something was given.
std::map<std::string, Answer> expected_answers(const Assessment& a, bool include_notes) {
  std::map<std::string, Answer> out;
  for (const auto& [id, answer] : a.answers) {
    Answer copy = answer;
    if (!include_notes) copy.note.clear();
    if (copy.rating != Rating::Unanswered || copy.wants_training || !copy.note.empty()) out[id] = copy;
  }
  return out;
}

}  // namespace

// ---- Helpers ----

TEST_CASE("Base64url encodes and decodes the standard test vectors") {
  const std::vector<std::pair<std::string, std::string>> vectors = {
      {"", ""},         {"f", "Zg"},         {"fo", "Zm8"},       {"foo", "Zm9v"},
      {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    INFO(plain);
    CHECK(base64url_encode(bytes_of(plain)) == encoded);
    std::vector<std::uint8_t> out = {1, 2, 3};
    CHECK(base64url_decode(encoded, out));
    CHECK(text_of(out) == plain);
  }
  // The two characters that differ from standard base64.
  CHECK(base64url_encode({0xFB, 0xFF}) == "-_8");
  std::vector<std::uint8_t> out;
  CHECK(base64url_decode("-_8", out));
  CHECK(out == std::vector<std::uint8_t>{0xFB, 0xFF});
}

TEST_CASE("Base64url refuses padding, other alphabets, impossible lengths and stray bits") {
  // "Zh" and "Zm9vYh" would be "f" and "foob" but leave bits set after the last byte.
  for (const std::string bad : {"Zg==", "Zm9v+A", "Zm9v/A", "Z", "Zm9vY", "Zm 9v", "Zh", "Zm9vYh", "\xC3\xA9" "AA"}) {
    INFO(bad);
    std::vector<std::uint8_t> out = {7};
    CHECK_FALSE(base64url_decode(bad, out));
    CHECK(out.empty());
  }
}

TEST_CASE("CRC-32 gives the standard check value") {
  const std::string check = "123456789";
  CHECK(crc32(reinterpret_cast<const std::uint8_t*>(check.data()), check.size()) == 0xCBF43926u);
  CHECK(crc32(nullptr, 0) == 0u);
  const std::uint8_t a = 'a';
  CHECK(crc32(&a, 1) == 0xE8B7BE43u);
}

TEST_CASE("The capability id hash is the low byte of FNV-1a-32") {
  CHECK(capability_id_hash("") == 0xC5);        // 0x811C9DC5
  CHECK(capability_id_hash("a") == 0x2C);       // 0xE40C292C
  CHECK(capability_id_hash("foobar") == 0x68);  // 0xBF9CF968
  CHECK(capability_id_hash("A1") == 0x47);
}

// ---- Round trip ----

TEST_CASE("Ten thousand random assessments come back the same through a share code") {
  std::mt19937 rng(20240611);
  int with_notes = 0, with_plan = 0, empty = 0;
  for (int i = 0; i < 10000; ++i) {
    const RandomCase c = random_case(rng, i);
    const Assessment& a = c.assessment;
    const std::string code = encode_share_code(a, *c.framework, c.include_notes);
    INFO("case " << i << " code " << code);

    const ShareDecode decoded = decode_share_code(code);
    REQUIRE(decoded.error == ShareError::None);
    REQUIRE(decoded.message().empty());
    CHECK(decoded.results.notes_included == c.include_notes);
    CHECK(decoded.results.framework_capability_count == static_cast<int>(c.framework->capabilities.size()));
    CHECK(decoded.results.days_since_2020 == c.days);

    const ResolvedShare resolved = resolve_share(decoded.results, *c.framework, a.role_title);
    const Assessment& b = resolved.assessment;
    REQUIRE(b.capability_ids == walk_order(*c.framework, a.capability_ids, a.settings));
    REQUIRE(b.answers == expected_answers(a, c.include_notes));
    if (c.include_notes) {
      REQUIRE(b.plan == a.plan);
    } else {
      REQUIRE(b.plan.empty());
    }
    REQUIRE(b.framework_id == a.framework_id);
    REQUIRE(b.framework_version == a.framework_version);
    REQUIRE(b.role_id == a.role_id);
    REQUIRE(b.role_title == a.role_title);
    REQUIRE(b.tier == a.tier);
    REQUIRE(b.settings == a.settings);
    REQUIRE(b.created_at == k2020Ms + c.days * kDayMs);
    REQUIRE(b.updated_at == b.created_at);
    REQUIRE(b.id.empty());
    REQUIRE(b.finished);
    REQUIRE(resolved.no_longer_matching.empty());
    REQUIRE_FALSE(resolved.version_differs);

    if (c.include_notes) ++with_notes;
    if (!a.plan.empty()) ++with_plan;
    if (a.capability_ids.empty()) ++empty;
  }
  // The generator really covered the cases it is meant to.
  CHECK(with_notes == 3334);
  CHECK(with_plan > 2000);
  CHECK(empty > 0);
}

TEST_CASE("Changing any single character or cutting a code short is always noticed") {
  static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::mt19937 rng(77);
  std::size_t changes = 0, truncations = 0;
  for (int i = 0; i < 10000; ++i) {
    const RandomCase c = random_case(rng, i);
    if (i % 50 != 0) continue;  // a sample of 200 codes, a third of them with notes
    const std::string code = encode_share_code(c.assessment, *c.framework, c.include_notes);
    REQUIRE(decode_share_code(code).error == ShareError::None);

    std::vector<std::string> accepted;
    for (std::size_t p = 0; p < code.size(); ++p) {
      const std::size_t original = alphabet.find(code[p]);
      REQUIRE(original != std::string::npos);
      for (std::size_t step : {1u, 2u, 17u, 32u, 63u}) {
        std::string changed = code;
        changed[p] = alphabet[(original + step) % 64];
        const ShareDecode d = decode_share_code(changed);
        ++changes;
        if (d.error == ShareError::None || d.message().empty() || !d.results.items.empty())
          accepted.push_back(changed);
      }
    }
    for (std::size_t length = 0; length < code.size(); ++length) {
      const ShareDecode d = decode_share_code(code.substr(0, length));
      ++truncations;
      if (d.error == ShareError::None || d.message().empty() || !d.results.items.empty())
        accepted.push_back(code.substr(0, length));
    }
    INFO("code " << code);
    CHECK(accepted == std::vector<std::string>{});
  }
  CHECK(changes > 50000);
  CHECK(truncations > 10000);
}

// ---- Size ----

TEST_CASE("A fully answered 96-item NOS assessment without notes fits in a short link") {
  REQUIRE(nos().capabilities.size() == 96);
  Assessment a;
  a.framework_id = nos().id;
  a.framework_version = nos().version;
  a.role_id = "social-prescribing-link-worker";
  a.tier = 3;
  a.updated_at = k2020Ms + 2200 * kDayMs;
  for (std::size_t i = 0; i < nos().capabilities.size(); ++i) {
    const std::string& id = nos().capabilities[i].id;
    a.capability_ids.push_back(id);
    a.answers[id].rating = static_cast<Rating>(1 + i % 6);
    a.answers[id].wants_training = i % 2 == 1;
    a.answers[id].note = "not included";
  }
  const std::string code = encode_share_code(a, nos(), false);
  WARN("96-item NOS share code: " << code.size() << " characters");
  CHECK(code.size() <= 300);
  const ShareDecode d = decode_share_code(code);
  REQUIRE(d.error == ShareError::None);
  CHECK(d.results.items.size() == 96);
  CHECK(d.results.items[95].rating == Rating::NotSure);
  CHECK(d.results.items[95].wants_training);
  CHECK(d.results.items[95].note.empty());
}

// ---- Refusals ----

TEST_CASE("A code from a newer format is refused with a message asking to reload") {
  std::vector<std::uint8_t> record = record_of(encode_share_code(full_core_assessment(), core(), true));
  record[0] = kShareFormat + 1;
  const ShareDecode d = decode_share_code(resealed(record));
  CHECK(d.error == ShareError::NewerFormat);
  CHECK(d.message() ==
        "This link was made with a newer version of capwalk. Reload this page to get the newest "
        "version, then open the link again.");
  CHECK(d.results.items.empty());
  CHECK(d.results.framework_id.empty());
}

TEST_CASE("Garbage is refused with a message that says what is wrong") {
  struct Case {
    std::string code;
    ShareError error;
  };
  const std::vector<Case> cases = {
      {"hello", ShareError::NotBase64},       // 5 characters cannot be base64
      {"hell", ShareError::TooShort},         // 3 bytes
      {"#r=", ShareError::Empty},
      {"r=", ShareError::Empty},
      {"", ShareError::Empty},
      {"   \n", ShareError::Empty},
      {"!!!!", ShareError::NotBase64},
      {"Zm9v YmFy", ShareError::NotBase64},
      {"AAAAAAAA", ShareError::ChecksumMismatch},  // six zero bytes
      {std::string(20000, 'A'), ShareError::TooLong},
      {"#r=" + std::string(16385, 'A'), ShareError::TooLong},
  };
  for (const Case& c : cases) {
    INFO(c.code.substr(0, 40));
    const ShareDecode d = decode_share_code(c.code);
    CHECK(d.error == c.error);
    CHECK(d.results.items.empty());
    CHECK(d.results.framework_id.empty());
  }
  CHECK(decode_share_code("").message() ==
        "There is no code in this link. Check that you copied all of the link, including the part "
        "after the # sign, then try again.");
  CHECK(decode_share_code("!!!!").message() ==
        "This link is damaged: it contains characters a capwalk link never has. Copy the link again "
        "exactly as it was sent, or ask for it to be sent again.");
  CHECK(decode_share_code("hell").message() ==
        "This link is incomplete: part of it is missing. Copy all of the link, or ask for it to be "
        "sent again.");
  CHECK(decode_share_code("AAAAAAAA").message() ==
        "This link is damaged: it has been changed or cut short since it was made. Ask for the link "
        "to be sent again, or copy all of it.");
  CHECK(decode_share_code(std::string(20000, 'A')).message() ==
        "This link is too long to be a capwalk link. Check that you copied only the link and nothing "
        "else, or ask for it to be sent again.");
}

TEST_CASE("A code whose checksum is right but whose contents do not fit together is malformed") {
  const std::string good = encode_share_code(full_core_assessment(), core(), false);
  const std::vector<std::uint8_t> record = record_of(good);
  // Layout: format, flags, "core", "1.0", role, setting count, setting, tier, date, N, bitmap...
  const std::size_t tier_at = 2 + 5 + 4 + 1 + std::string("peer-support-worker").size() + 1 + 1 +
                              std::string("community").size();
  REQUIRE(record[tier_at] == 2);
  const std::size_t n_at = tier_at + 3;
  REQUIRE(record[n_at] == 20);
  const std::size_t ratings_at = n_at + 1 + 3 + 20;

  std::vector<std::vector<std::uint8_t>> broken;
  auto changed = [&](auto change) {
    std::vector<std::uint8_t> r = record;
    change(r);
    broken.push_back(r);
  };
  changed([](auto& r) { r[0] = 0; });                        // format 0
  changed([](auto& r) { r[1] = 0x02; });                     // unknown flag
  changed([&](auto& r) { r[tier_at] = 0; });                 // tier 0
  changed([&](auto& r) { r[tier_at] = 4; });                 // tier 4
  changed([&](auto& r) { r[ratings_at] |= 0x07; });          // rating 7
  changed([&](auto& r) { r[n_at + 3] |= 0xF0; });            // bitmap bits beyond N
  changed([&](auto& r) { r[n_at] = 16; });                   // N says fewer: bytes left over
  changed([&](auto& r) { r[n_at] = 200; });                  // N is an unfinished varint
  changed([&](auto& r) { r[2] = 200; });                     // id longer than the record
  changed([&](auto& r) { r.insert(r.end() - 4, 0x00); });    // a byte left over
  changed([&](auto& r) { r.erase(r.end() - 5); });           // a byte missing
  changed([&](auto& r) { r[1] = 0x01; });                    // notes promised, none there
  changed([&](auto& r) { r[3] = 0xFF; });                    // not UTF-8
  for (std::size_t i = 0; i < broken.size(); ++i) {
    INFO("change " << i);
    const ShareDecode d = decode_share_code(resealed(broken[i]));
    CHECK(d.error == ShareError::Malformed);
    CHECK(d.message() ==
          "This link is damaged: its contents do not fit together, so nothing has been imported. Ask "
          "for the link to be sent again.");
    CHECK(d.results.items.empty());
    CHECK(d.results.framework_id.empty());
  }
  // The untouched record, resealed, still decodes.
  CHECK(decode_share_code(resealed(record)).error == ShareError::None);
}

TEST_CASE("A plan item for a capability that is not in the link is malformed") {
  Assessment a = full_core_assessment();
  a.capability_ids = {"A1", "A2"};
  a.plan = {{"A2", "g", "a", "w", "s", {}, 0, 0}};
  std::vector<std::uint8_t> record = record_of(encode_share_code(a, core(), true));
  // The plan's position (1) is followed by four 1-character strings and the checksum.
  const std::size_t position_at = record.size() - 4 - 8 - 1;
  REQUIRE(record[position_at] == 1);
  REQUIRE(decode_share_code(resealed(record)).results.plan.size() == 1);
  record[position_at] = 2;  // C... not assessed
  CHECK(decode_share_code(resealed(record)).error == ShareError::Malformed);
  record[position_at] = 20;  // beyond the framework
  CHECK(decode_share_code(resealed(record)).error == ShareError::Malformed);
}

TEST_CASE("The link prefix and surrounding spaces are accepted") {
  const std::string code = encode_share_code(full_core_assessment(), core(), false);
  for (const std::string& text : {code, "#r=" + code, "r=" + code, "  #r=" + code + "\n", " r= " + code + " "}) {
    INFO(text);
    const ShareDecode d = decode_share_code(text);
    CHECK(d.error == ShareError::None);
    CHECK(d.results.items.size() == 20);
  }
  CHECK(decode_share_code("#x=" + code).error == ShareError::NotBase64);
}

TEST_CASE("The date is kept as whole days since 2020 and held within two bytes") {
  Assessment a = full_core_assessment();
  const std::vector<std::pair<std::int64_t, int>> dates = {
      {k2020Ms, 0},
      {k2020Ms + kDayMs - 1, 0},
      {k2020Ms + 45 * kDayMs + 1, 45},
      {k2020Ms - 1, 0},                        // before 2020: clamped
      {0, 0},
      {k2020Ms + 65535 * kDayMs, 65535},
      {k2020Ms + 70000 * kDayMs, 65535},       // far future: clamped
  };
  for (const auto& [at, days] : dates) {
    INFO(at);
    a.updated_at = at;
    const ShareDecode d = decode_share_code(encode_share_code(a, core(), false));
    REQUIRE(d.error == ShareError::None);
    CHECK(d.results.days_since_2020 == days);
    const Assessment b = resolve_share(d.results, core(), "x").assessment;
    CHECK(b.created_at == k2020Ms + days * kDayMs);
  }
}

// ---- Resolving ----

TEST_CASE("Resolving against a changed framework leaves out the capabilities that no longer match") {
  const Assessment a = full_core_assessment();
  Assessment with_plan = a;
  with_plan.plan = {{"A2", "Keep going", "Shadow a colleague", "June", "Manager", {}, 0, 0},
                    {"D1", "Learn more", "Course", "", "", {}, 0, 0},
                    {"A4", "Renamed", "", "", "", {}, 0, 0}};
  const ShareDecode d = decode_share_code(encode_share_code(with_plan, core(), true));
  REQUIRE(d.error == ShareError::None);

  Framework changed = core();
  changed.version = "1.1";
  changed.capabilities.erase(changed.capabilities.begin() + 10);  // C3: everything after moves up
  changed.capabilities[3].id = "A4-renamed";

  const ResolvedShare r = resolve_share(d.results, changed, "Peer support worker");
  CHECK(r.no_longer_matching == std::vector<int>{3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
  CHECK(r.assessment.capability_ids ==
        walk_order(changed, {"A1", "A2", "A3", "B1", "B2", "B3", "B4", "C1", "C2"}, {"community"}));
  REQUIRE(r.assessment.answers.size() == 9);
  for (const std::string& id : r.assessment.capability_ids) {
    INFO(id);
    CHECK(r.assessment.answers.at(id) == a.answers.at(id));
  }
  CHECK(r.assessment.answers.count("A4-renamed") == 0);
  CHECK(r.assessment.plan == std::vector<PlanItem>{{"A2", "Keep going", "Shadow a colleague", "June", "Manager", {}, 0, 0}});
  CHECK(r.version_differs);
  CHECK(r.assessment.framework_version == "1.0");  // as in the link
  CHECK(r.assessment.framework_id == "core");
  CHECK(r.assessment.role_id == "peer-support-worker");
  CHECK(r.assessment.role_title == "Peer support worker");
  CHECK(r.assessment.settings == std::vector<std::string>{"community"});
  CHECK(r.assessment.tier == 2);
  CHECK(r.assessment.created_at == k2020Ms + 2000 * kDayMs);
  CHECK(r.assessment.finished);
}

TEST_CASE("Resolving notices a different framework version even when every capability matches") {
  const ShareDecode d = decode_share_code(encode_share_code(full_core_assessment(), core(), false));
  REQUIRE(d.error == ShareError::None);
  Framework newer = core();
  newer.version = "2.0";
  const ResolvedShare r = resolve_share(d.results, newer, "");
  CHECK(r.version_differs);
  CHECK(r.no_longer_matching.empty());
  CHECK(r.assessment.capability_ids.size() == 20);
  CHECK(r.assessment.framework_version == "1.0");
  CHECK_FALSE(resolve_share(d.results, core(), "").version_differs);
}

TEST_CASE("Capabilities the framework does not have are left out of the link") {
  Assessment a = full_core_assessment();
  a.capability_ids = {"A1", "not-a-capability", "B2"};
  a.answers["not-a-capability"].rating = Rating::Confident;
  const ShareDecode d = decode_share_code(encode_share_code(a, core(), false));
  REQUIRE(d.error == ShareError::None);
  REQUIRE(d.results.items.size() == 2);
  CHECK(d.results.items[0].position == 0);
  CHECK(d.results.items[1].position == 5);
  CHECK(d.results.items[1].id_hash == capability_id_hash("B2"));
  CHECK(d.results.items[1].rating == a.answers["B2"].rating);
}

TEST_CASE("The message for a framework that is not on this device names it in curly quotes") {
  CHECK(foreign_framework_message("acme-mh") ==
        "This link is for the framework \xE2\x80\x9C" "acme-mh\xE2\x80\x9D, which is not available on "
        "this device. If your organisation uses its own framework, open its file on the framework "
        "screen first, then open the link again.");
}

TEST_CASE("Ids in a link that are not plain ids are refused, so nothing odd reaches a spreadsheet") {
  capwalk::Framework fw;
  fw.id = "core";
  fw.version = "1.0";
  fw.capabilities.push_back(capwalk::Capability{});
  fw.capabilities[0].id = "A1";
  capwalk::Assessment a;
  a.capability_ids = {"A1"};
  a.tier = 1;
  a.role_id = "=HYPERLINK(\"x\")";
  CHECK(capwalk::decode_share_code(capwalk::encode_share_code(a, fw, false)).error == capwalk::ShareError::Malformed);
  a.role_id = "gp-receptionist";
  CHECK(capwalk::decode_share_code(capwalk::encode_share_code(a, fw, false)).error == capwalk::ShareError::None);
}
