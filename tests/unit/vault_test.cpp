#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/core/vault.h"

using namespace capwalk;

namespace {

constexpr std::int64_t kMonday = 1763856000000;
constexpr std::int64_t kTuesday = kMonday + 86400000;

StoredData data_with(const std::string& note) {
  StoredData d;
  Assessment a;
  a.id = "a-1";
  a.framework_id = "core";
  a.capability_ids = {"A1", "A2", "A3"};
  a.answers["A1"].rating = Rating::Developing;
  a.answers["A2"].rating = Rating::NotYet;
  a.answers["A2"].wants_training = true;
  a.answers["A3"].note = note;
  d.assessments.push_back(a);
  d.current_id = "a-1";
  return d;
}

std::string newer_document() {
  nlohmann::json doc = {{"app", "capwalk"},
                        {"schema", kStorageSchema + 1},
                        {"saved_at", kMonday},
                        {"checksum", "fnv1a32:00000000"},
                        {"data", {{"people", {"from", "the future"}}}}};
  return doc.dump();
}

std::string set_aside_key(std::int64_t now) { return Vault::kSetAsidePrefix + std::to_string(now); }

}  // namespace

TEST_CASE("Memory store keeps values, and refuses writes past its quota or when switched off") {
  MemoryStore store;
  CHECK_FALSE(store.get("k").has_value());
  CHECK(store.set("k", "12345"));
  CHECK(store.get("k") == std::optional<std::string>("12345"));

  store.quota_bytes = 10;  // "k" + "12345" = 6 bytes so far
  CHECK(store.set("k", "123456789"));  // replaces: 10 in all, at the limit
  CHECK_FALSE(store.set("j", "1"));     // 12 would be past it
  CHECK_FALSE(store.get("j").has_value());
  CHECK(store.get("k") == std::optional<std::string>("123456789"));

  store.unavailable = true;
  CHECK_FALSE(store.available());
  CHECK_FALSE(store.get("k").has_value());
  CHECK_FALSE(store.set("k", "1"));
  store.unavailable = false;
  CHECK(store.get("k") == std::optional<std::string>("123456789"));
  store.remove("k");
  CHECK(store.values.empty());
}

TEST_CASE("The first visit opens an empty vault with nothing to say") {
  MemoryStore store;
  Vault vault(store);
  const VaultOpen opened = vault.open(kMonday);
  CHECK(opened.state == VaultState::Saving);
  CHECK(opened.message.empty());
  CHECK(opened.data == StoredData{});
  CHECK(store.values.empty());  // opening writes nothing
}

TEST_CASE("What is saved is there the next time the page opens") {
  MemoryStore store;
  {
    Vault vault(store);
    vault.open(kMonday);
    REQUIRE(vault.save(data_with("first \"note\"\n\xF0\x9F\x8C\xB1"), kMonday));
    CHECK(vault.state() == VaultState::Saving);
  }
  REQUIRE(store.values.count(Vault::kCurrentKey) == 1);
  Vault later(store);
  const VaultOpen opened = later.open(kTuesday);
  CHECK(opened.state == VaultState::Saving);
  CHECK(opened.message.empty());
  CHECK(opened.data == data_with("first \"note\"\n\xF0\x9F\x8C\xB1"));
}

TEST_CASE("Before a save replaces the current copy, the last good one is kept as the previous copy") {
  MemoryStore store;
  Vault vault(store);
  vault.open(kMonday);
  REQUIRE(vault.save(data_with("one"), kMonday));
  CHECK(store.values.count(Vault::kPreviousKey) == 0);
  const std::string first = store.values.at(Vault::kCurrentKey);
  REQUIRE(vault.save(data_with("two"), kMonday + 1000));
  CHECK(store.values.at(Vault::kPreviousKey) == first);
  CHECK(decode_document(store.values.at(Vault::kPreviousKey)).data == data_with("one"));
  CHECK(decode_document(store.values.at(Vault::kCurrentKey)).data == data_with("two"));
}

TEST_CASE("Unreadable answers are set aside and the previous copy is restored") {
  MemoryStore store;
  const std::string good = encode_document(data_with("good"), kMonday);
  const std::string broken = good.substr(0, good.size() / 2);
  store.values[Vault::kPreviousKey] = good;
  store.values[Vault::kCurrentKey] = broken;

  Vault vault(store);
  const VaultOpen opened = vault.open(kTuesday);
  CHECK(opened.state == VaultState::Saving);
  CHECK(opened.data == data_with("good"));
  CHECK(opened.message ==
        "Your saved answers could not be read, so capwalk went back to the copy saved before it. "
        "The unreadable copy has been kept on this device.");
  CHECK(vault.message() == opened.message);
  REQUIRE(store.values.count(set_aside_key(kTuesday)) == 1);
  CHECK(store.values.at(set_aside_key(kTuesday)) == broken);
  CHECK(store.values.at(Vault::kCurrentKey) == good);

  // Saving from here never touches the set-aside copy.
  REQUIRE(vault.save(data_with("newer work"), kTuesday + 1));
  CHECK(store.values.at(set_aside_key(kTuesday)) == broken);
  CHECK(store.values.at(Vault::kPreviousKey) == good);
}

TEST_CASE("Unreadable answers with no previous copy are kept and the app starts afresh") {
  MemoryStore store;
  const std::string broken = "{\"app\":\"capwalk\",\"schema\":2,\"data\":{\"assessm";
  store.values[Vault::kCurrentKey] = broken;

  Vault vault(store);
  const VaultOpen opened = vault.open(kTuesday);
  CHECK(opened.state == VaultState::Saving);
  CHECK(opened.data == StoredData{});
  CHECK(opened.message ==
        "Your saved answers could not be read. They have been kept on this device in case they "
        "can be recovered, and capwalk has started afresh.");
  REQUIRE(store.values.count(set_aside_key(kTuesday)) == 1);
  CHECK(store.values.at(set_aside_key(kTuesday)) == broken);

  REQUIRE(vault.save(data_with("fresh"), kTuesday + 1));
  CHECK(decode_document(store.values.at(Vault::kCurrentKey)).data == data_with("fresh"));
  CHECK(store.values.count(Vault::kPreviousKey) == 0);  // the broken text is not a "previous copy"
  CHECK(store.values.at(set_aside_key(kTuesday)) == broken);
  // Exactly one copy was set aside, even though save() met the unreadable text again.
  int set_aside = 0;
  for (const auto& [key, value] : store.values)
    if (key.rfind(Vault::kSetAsidePrefix, 0) == 0) ++set_aside;
  CHECK(set_aside == 1);
}

TEST_CASE("A set-aside copy is never overwritten by another one made at the same moment") {
  MemoryStore store;
  store.values[set_aside_key(kTuesday)] = "older unreadable text";
  store.values[Vault::kCurrentKey] = "garbage";
  Vault vault(store);
  vault.open(kTuesday);
  CHECK(store.values.at(set_aside_key(kTuesday)) == "older unreadable text");
  REQUIRE(store.values.count(set_aside_key(kTuesday) + "-2") == 1);
  CHECK(store.values.at(set_aside_key(kTuesday) + "-2") == "garbage");
}

TEST_CASE("When unreadable answers cannot be set aside, they are not overwritten") {
  MemoryStore store;
  const std::string broken(200, '{');  // too deep and unreadable
  store.values[Vault::kCurrentKey] = broken;
  store.quota_bytes = 250;  // no room for a second copy

  Vault vault(store);
  const VaultOpen opened = vault.open(kTuesday);
  CHECK(opened.state == VaultState::ReadOnly);
  CHECK_FALSE(opened.message.empty());
  CHECK(opened.message.find("could not be read") != std::string::npos);
  CHECK(opened.message.find("nothing you do here is saved") != std::string::npos);
  CHECK_FALSE(vault.save(data_with("new"), kTuesday + 1));
  CHECK(store.values.at(Vault::kCurrentKey) == broken);
}

TEST_CASE("A newer capwalk's answers are left untouched and nothing is saved over them") {
  MemoryStore store;
  const std::string newer = newer_document();
  store.values[Vault::kCurrentKey] = newer;
  const auto before = store.values;

  Vault vault(store);
  const VaultOpen opened = vault.open(kTuesday);
  CHECK(opened.state == VaultState::ReadOnly);
  CHECK(opened.data == StoredData{});
  CHECK(opened.message ==
        "This device has answers saved by a newer version of capwalk. They have been left "
        "untouched. Reload the page to get the newer version; until then nothing you do here is "
        "saved.");
  CHECK_FALSE(vault.save(data_with("mine"), kTuesday + 1));
  CHECK(vault.state() == VaultState::ReadOnly);
  CHECK(store.values == before);
}

TEST_CASE("A newer capwalk saving in another tab stops this one from saving over it") {
  MemoryStore store;
  Vault vault(store);
  vault.open(kMonday);
  REQUIRE(vault.save(data_with("mine"), kMonday));
  store.values[Vault::kCurrentKey] = newer_document();
  const auto before = store.values;
  CHECK_FALSE(vault.save(data_with("mine, later"), kMonday + 1));
  CHECK(vault.state() == VaultState::ReadOnly);
  CHECK(store.values == before);
}

TEST_CASE("A save that does not fit is reported, and the last good copy stays current") {
  MemoryStore store;
  Vault vault(store);
  vault.open(kMonday);
  REQUIRE(vault.save(data_with("short"), kMonday));
  const std::string last_good = store.values.at(Vault::kCurrentKey);
  store.quota_bytes = 3 * last_good.size();  // room for current + previous, not a big note

  CHECK_FALSE(vault.save(data_with(std::string(4 * last_good.size(), 'x')), kMonday + 1));
  CHECK(vault.state() == VaultState::Unavailable);
  CHECK(vault.message() ==
        "capwalk could not save your latest answers on this device (the browser's storage is full "
        "or switched off). Your answers are kept until you close this page.");
  CHECK(store.values.at(Vault::kCurrentKey) == last_good);
  CHECK(decode_document(store.values.at(Vault::kCurrentKey)).data == data_with("short"));

  // When there is room again, saving carries on and the banner goes.
  REQUIRE(vault.save(data_with("short again"), kMonday + 2));
  CHECK(vault.state() == VaultState::Saving);
  CHECK(vault.message().empty());
  CHECK(decode_document(store.values.at(Vault::kCurrentKey)).data == data_with("short again"));
}

TEST_CASE("Storage that is switched off is reported and nothing is thrown") {
  MemoryStore store;
  store.unavailable = true;
  Vault vault(store);
  VaultOpen opened;
  REQUIRE_NOTHROW(opened = vault.open(kMonday));
  CHECK(opened.state == VaultState::Unavailable);
  CHECK(opened.data == StoredData{});
  CHECK(opened.message ==
        "Your browser is not letting capwalk save on this device, so your answers will be lost "
        "when you close this page. Everything else still works.");
  bool saved = true;
  REQUIRE_NOTHROW(saved = vault.save(data_with("x"), kMonday));
  CHECK_FALSE(saved);
  CHECK(vault.state() == VaultState::Unavailable);
  REQUIRE_NOTHROW(vault.delete_everything());
  CHECK(vault.state() == VaultState::Unavailable);
  store.unavailable = false;
  CHECK(store.values.empty());
}

TEST_CASE("Deleting everything removes the current, previous and set-aside copies") {
  MemoryStore store;
  store.values[Vault::kCurrentKey] = "unreadable";
  {
    Vault vault(store);
    vault.open(kMonday);  // sets the unreadable text aside
    REQUIRE(vault.save(data_with("one"), kMonday + 1));
    REQUIRE(vault.save(data_with("two"), kMonday + 2));
  }
  store.values["someone-else's key"] = "theirs";
  REQUIRE(store.values.count(Vault::kCurrentKey) == 1);
  REQUIRE(store.values.count(Vault::kPreviousKey) == 1);
  REQUIRE(store.values.count(set_aside_key(kMonday)) == 1);

  Vault later(store);  // a later visit still finds the set-aside copy
  later.open(kTuesday);
  later.delete_everything();
  CHECK(later.state() == VaultState::Saving);
  CHECK(later.message().empty());
  CHECK(store.values == std::map<std::string, std::string>{{"someone-else's key", "theirs"}});
  CHECK(later.open(kTuesday + 1).data == StoredData{});
}
