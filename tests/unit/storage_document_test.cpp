#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/core/storage_document.h"

using namespace capwalk;
using nlohmann::json;

namespace {

Assessment assessment(const std::string& id, std::int64_t at) {
  Assessment a;
  a.id = id;
  a.framework_id = "core";
  a.framework_version = "2.1";
  a.role_id = "peer-support-worker";
  a.role_title = "Peer support worker";
  a.tier = 2;
  a.settings = {"community", "crisis"};
  a.created_at = at;
  a.updated_at = at + 60000;
  a.capability_ids = {"A1", "A2", "A3", "B1", "B2", "B3", "C1"};
  a.current_index = 4;
  return a;
}

StoredData rich_data() {
  StoredData d;
  Assessment first = assessment("a-0001", 1751328000000);
  const Rating all[] = {Rating::NotYet,           Rating::Developing,        Rating::Confident,
                        Rating::CouldSupportOthers, Rating::NotHadOpportunity, Rating::NotSure};
  for (std::size_t i = 0; i < 6; ++i) first.answers[first.capability_ids[i]].rating = all[i];
  first.answers["A1"].wants_training = true;
  first.answers["A1"].note = "She said \"not now\"\nthen left \\ twice";
  first.answers["A2"].note = "Felt good \xF0\x9F\x98\x8A about this";                // emoji
  first.answers["B1"].note = "abc\xE2\x80\xAE" "fed and \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85";  // U+202E, Arabic
  first.answers["C1"].wants_training = true;  // training asked, no rating yet
  first.finished = true;
  first.current_index = 7;
  first.plan.push_back({"A1", "Learn the basics", "Shadow a colleague", "March", "My manager",
                        {"zsa-suicide-awareness"}, 1767225600000, 1769904000000});
  first.plan.push_back({"A3", "", "Read the \"guide\"", "", "", {}, 0, 0});
  d.assessments.push_back(first);

  Assessment second = assessment("a-0002", 1760000000000);
  second.previous_id = "a-0001";
  second.role_id.clear();
  second.role_title = "Something not listed";
  second.tier = 3;
  second.settings.clear();
  second.answers["A1"].rating = Rating::Developing;
  second.answers["B3"].note = "\t tabs and <tags> & \u00e9";
  d.assessments.push_back(second);

  d.assessments.push_back(assessment("a-0003", 1770000000000));  // nothing answered yet
  d.current_id = "a-0002";
  d.settings.text_scale_percent = 150;
  d.settings.theme = "high-contrast";
  d.settings.reduced_motion = true;
  return d;
}

StoredData small_data() {
  StoredData d;
  Assessment a;
  a.id = "a-1";
  a.framework_id = "esc";
  a.capability_ids = {"A1", "A2"};
  a.answers["A1"].rating = Rating::Confident;
  a.answers["A2"].note = "x";
  d.assessments.push_back(a);
  d.current_id = "a-1";
  return d;
}

// Re-serialises a parsed document with a fresh (correct) checksum over its data.
std::string reseal(json doc) {
  doc["checksum"] = "fnv1a32:" + fnv1a32_hex(doc["data"].dump());
  return doc.dump();
}

}  // namespace

TEST_CASE("FNV-1a 32 gives the published values as 8 lower-case hex digits") {
  CHECK(fnv1a32_hex("") == "811c9dc5");
  CHECK(fnv1a32_hex("a") == "e40c292c");
  CHECK(fnv1a32_hex("foobar") == "bf9cf968");
}

TEST_CASE("A document names the app, the schema, the time and a checksum of its data") {
  const json doc = json::parse(encode_document(small_data(), 1763856000000));
  CHECK(doc["app"] == "capwalk");
  CHECK(doc["schema"] == kStorageSchema);
  CHECK(doc["saved_at"] == 1763856000000);
  CHECK(doc["checksum"] == "fnv1a32:" + fnv1a32_hex(doc["data"].dump()));
  const json& a = doc["data"]["assessments"][0];
  CHECK(a["answers"]["A1"]["rating"] == "confident");  // by key, never by number
  CHECK(a["framework_id"] == "esc");
  CHECK(doc["data"]["settings"]["theme"] == "auto");
}

TEST_CASE("Everything a person keeps comes back exactly after saving and reading") {
  const StoredData data = rich_data();
  const std::string text = encode_document(data, 1763856000000);
  const DocumentRead read = decode_document(text);
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.problem.empty());
  CHECK(read.schema == kStorageSchema);
  CHECK(read.saved_at == 1763856000000);
  REQUIRE(read.data.assessments.size() == 3);
  CHECK(read.data.assessments[0].answers == data.assessments[0].answers);
  CHECK(read.data.assessments[0].answers.at("B1").note == data.assessments[0].answers.at("B1").note);
  CHECK(read.data.assessments[0].plan == data.assessments[0].plan);
  CHECK(read.data.settings == data.settings);
  CHECK(read.data == data);
  // And again: reading is stable.
  CHECK(encode_document(read.data, 1763856000000) == text);
}

TEST_CASE("Whitespace or nothing at all is an empty store, not a damaged one") {
  CHECK(decode_document("").status == DocumentStatus::Empty);
  CHECK(decode_document("  \n\t\r\n").status == DocumentStatus::Empty);
}

TEST_CASE("Changing one character inside the data is caught by the checksum") {
  const std::string text = encode_document(rich_data(), 1763856000000);
  const std::size_t at = text.find("Shadow a colleague");
  REQUIRE(at != std::string::npos);
  std::string edited = text;
  edited[at] = 'X';
  const DocumentRead read = decode_document(edited);
  CHECK(read.status == DocumentStatus::Corrupt);
  CHECK(read.problem == "the saved data is damaged: the checksum does not match");
  CHECK(read.data.assessments.empty());
}

TEST_CASE("Whitespace and key order outside the checksum's view do not matter") {
  const std::string text = encode_document(small_data(), 5);
  const std::string pretty = json::parse(text).dump(2);  // keys sorted, indented
  REQUIRE(pretty != text);
  const DocumentRead read = decode_document(pretty);
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data == small_data());
}

TEST_CASE("Every truncation of a document is unreadable or empty, never half-loaded") {
  const std::string text = encode_document(small_data(), 1763856000000);
  REQUIRE(decode_document(text).status == DocumentStatus::Ok);
  int corrupt = 0, empty = 0;
  for (std::size_t length = 0; length < text.size(); ++length) {
    const DocumentRead read = decode_document(text.substr(0, length));
    INFO("length " << length);
    REQUIRE(read.status != DocumentStatus::Ok);
    REQUIRE(read.status != DocumentStatus::Newer);
    if (read.status == DocumentStatus::Corrupt) {
      ++corrupt;
      CHECK_FALSE(read.problem.empty());
    } else {
      ++empty;
    }
  }
  CHECK(empty == 1);  // only the zero-length prefix
  CHECK(corrupt == static_cast<int>(text.size()) - 1);
}

TEST_CASE("Text that is not a capwalk document is reported as damaged, in plain words") {
  const std::string good = encode_document(small_data(), 1);
  json doc = json::parse(good);

  CHECK(decode_document("not json at all").status == DocumentStatus::Corrupt);
  CHECK(decode_document("[1,2,3]").status == DocumentStatus::Corrupt);
  CHECK(decode_document("\"capwalk\"").status == DocumentStatus::Corrupt);

  json other = doc;
  other["app"] = "someone-else";
  const DocumentRead foreign = decode_document(reseal(other));
  CHECK(foreign.status == DocumentStatus::Corrupt);
  CHECK(foreign.problem == "the saved data is damaged: it is not a capwalk document");

  json no_data = doc;
  no_data.erase("data");
  CHECK(decode_document(no_data.dump()).status == DocumentStatus::Corrupt);

  json no_checksum = doc;
  no_checksum.erase("checksum");
  CHECK(decode_document(no_checksum.dump()).status == DocumentStatus::Corrupt);

  json zero = doc;
  zero["schema"] = 0;
  CHECK(decode_document(reseal(zero)).status == DocumentStatus::Corrupt);

  json text_schema = doc;
  text_schema["schema"] = "2";
  CHECK(decode_document(reseal(text_schema)).status == DocumentStatus::Corrupt);

  // Wrong types are damage even when the checksum agrees.
  json wrong_tier = doc;
  wrong_tier["data"]["assessments"][0]["tier"] = "two";
  const DocumentRead tier = decode_document(reseal(wrong_tier));
  CHECK(tier.status == DocumentStatus::Corrupt);
  CHECK(tier.problem == "the saved data is damaged: expected a whole number at data.assessments[0].tier");

  json missing_id = doc;
  missing_id["data"]["assessments"][0].erase("id");
  CHECK(decode_document(reseal(missing_id)).status == DocumentStatus::Corrupt);

  json answers_list = doc;
  answers_list["data"]["assessments"][0]["answers"] = json::array();
  CHECK(decode_document(reseal(answers_list)).status == DocumentStatus::Corrupt);

  json deep = doc;
  json nest = json::array();
  for (int i = 0; i < 40; ++i) nest = json::array({nest});
  deep["data"]["extra"] = nest;
  const DocumentRead too_deep = decode_document(reseal(deep));
  CHECK(too_deep.status == DocumentStatus::Corrupt);
  CHECK(too_deep.problem.find("nested too deeply") != std::string::npos);
}

TEST_CASE("A document from a newer capwalk is recognised and left alone") {
  json doc = json::parse(encode_document(small_data(), 1763856000000));
  doc["schema"] = kStorageSchema + 1;
  doc["checksum"] = "sha256:something-we-do-not-know";
  doc["data"] = {{"whatever", "the future holds"}};
  const DocumentRead read = decode_document(doc.dump());
  CHECK(read.status == DocumentStatus::Newer);
  CHECK(read.schema == kStorageSchema + 1);
  CHECK(read.saved_at == 1763856000000);
  CHECK(read.problem == "saved by a newer version of capwalk (schema 4)");
  CHECK(read.data.assessments.empty());
}

TEST_CASE("An unknown rating is read as unanswered, and strange settings fall back") {
  json doc = json::parse(encode_document(small_data(), 1));
  doc["data"]["assessments"][0]["answers"]["A1"]["rating"] = "brilliant";
  doc["data"]["settings"] = {{"text_scale_percent", 900}, {"theme", "neon"}, {"reduced_motion", "yes"}};
  const DocumentRead read = decode_document(reseal(doc));
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data.assessments[0].answers.at("A1").rating == Rating::Unanswered);
  CHECK(read.data.assessments[0].answers.at("A2").note == "x");
  CHECK(read.data.settings.text_scale_percent == 200);
  CHECK(read.data.settings.theme == "auto");
  CHECK(read.data.settings.reduced_motion == false);

  doc["data"]["settings"]["text_scale_percent"] = 20;
  CHECK(decode_document(reseal(doc)).data.settings.text_scale_percent == 100);
}

TEST_CASE("The first draft format is migrated to answers, an empty plan and default settings") {
  const std::string text = example_schema1_document();
  const json raw = json::parse(text);
  REQUIRE(raw["schema"] == 1);
  REQUIRE(raw["checksum"] == "fnv1a32:" + fnv1a32_hex(raw["data"].dump()));
  CHECK_FALSE(raw["data"]["assessments"][0].contains("answers"));
  CHECK_FALSE(raw["data"].contains("settings"));

  const DocumentRead read = decode_document(text);
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.schema == 1);
  REQUIRE(read.data.assessments.size() == 1);
  const Assessment& a = read.data.assessments[0];
  CHECK(a.id == "a-first-draft");
  CHECK(a.framework_id == "core");
  CHECK(a.tier == 2);
  CHECK(a.current_index == 3);
  CHECK(a.capability_ids == std::vector<std::string>{"A1", "A2", "B1", "B2"});

  std::map<std::string, Answer> expected;
  expected["A1"] = {Rating::NotYet, true, ""};
  expected["A2"] = {Rating::Confident, false, ""};
  expected["B1"] = {Rating::NotSure, false, "Ask my supervisor about this."};
  CHECK(a.answers == expected);
  CHECK(a.answered_count() == 3);
  CHECK(a.plan.empty());
  CHECK_FALSE(a.finished);
  CHECK(a.previous_id.empty());
  CHECK(read.data.current_id == "a-first-draft");
  CHECK(read.data.settings == Settings{});

  // Saved again, it is written in the current schema and reads back the same.
  const DocumentRead again = decode_document(encode_document(read.data, 2));
  CHECK(again.schema == kStorageSchema);
  CHECK(again.data == read.data);
}

TEST_CASE("A schema 2 document, before replies were kept, opens with everything and no replies") {
  // As capwalk wrote it then (tests/browser/hardening.test.mjs opens the same one).
  const std::string text =
      R"({"app":"capwalk","schema":2,"saved_at":1751331600000,"checksum":"fnv1a32:c9cf536b","data":{"assessments":[{"answers":{"A1":{"rating":"not-yet","training":true},"A2":{"rating":"confident"},"B1":{"note":"Ask my supervisor about this.","rating":"not-sure"}},"capability_ids":["A1","A2","B1","B2"],"created_at":1751328000000,"current_index":3,"finished":false,"framework_id":"core","framework_version":"1.0","id":"a-schema-two","plan":[{"action":"Read the guide","by_when":"","capability_id":"A1","goal":"Learn","support":""}],"previous_id":"","role_id":"support-worker","role_title":"Support worker","settings":["community"],"tier":2,"updated_at":1751331600000}],"current_id":"a-schema-two","settings":{"reduced_motion":false,"text_scale_percent":100,"theme":"auto"}}})";
  const DocumentRead read = decode_document(text);
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.schema == 2);
  REQUIRE(read.data.assessments.size() == 1);
  const Assessment& a = read.data.assessments[0];
  CHECK(a.answered_count() == 3);
  REQUIRE(a.plan.size() == 1);
  CHECK(a.plan[0].action == "Read the guide");
  CHECK(a.replies.empty());
  const DocumentRead again = decode_document(encode_document(read.data, 2));
  CHECK(again.schema == kStorageSchema);
  CHECK(again.data == read.data);
  // A schema 3 document without "replies" is damaged, not quietly short of them.
  json current = json::parse(encode_document(read.data, 2));
  current["data"]["assessments"][0].erase("replies");
  current["checksum"] = "fnv1a32:" + fnv1a32_hex(current["data"].dump());
  CHECK(decode_document(current.dump()).status == DocumentStatus::Corrupt);
}

TEST_CASE("A damaged first draft document is reported, not migrated") {
  json doc = json::parse(example_schema1_document());
  doc["data"]["assessments"][0]["training"] = "A1";
  const DocumentRead read = decode_document(reseal(doc));
  CHECK(read.status == DocumentStatus::Corrupt);
  CHECK(read.problem == "the saved data is damaged: expected a list at data.assessments[0].training");

  json tampered = json::parse(example_schema1_document());
  tampered["data"]["assessments"][0]["notes"]["B1"] = "changed";
  CHECK(decode_document(tampered.dump()).status == DocumentStatus::Corrupt);
}

TEST_CASE("A note with broken UTF-8 bytes is still saved, with the bad bytes replaced") {
  StoredData data = small_data();
  data.assessments[0].answers["A2"].note = "bad \xFF bytes";
  std::string text;
  REQUIRE_NOTHROW(text = encode_document(data, 1));
  const DocumentRead read = decode_document(text);
  REQUIRE(read.status == DocumentStatus::Ok);
  CHECK(read.data.assessments[0].answers.at("A2").note == "bad \xEF\xBF\xBD bytes");  // U+FFFD
  CHECK(read.data.assessments[0].answers.at("A1").rating == Rating::Confident);
}
