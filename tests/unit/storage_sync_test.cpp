// Two tabs of one browser, each with its own AppState and Vault over one shared
// store, exchanging what the browser's `storage` events would tell them.
#include <catch2/catch.hpp>

#include "app/core/storage_sync.h"
#include "app/core/walkthrough.h"
#include "shipped_data.h"

using namespace capwalk;

namespace {

constexpr std::int64_t kNine = 1763888400000;  // a Monday, 09:00 UTC

// Counts the writes of the person's document, to see two tabs settle.
class CountingStore final : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override { return inner.get(key); }
  bool set(const std::string& key, const std::string& value) override {
    if (key == Vault::kCurrentKey || key == kTeamKey) ++writes;
    return inner.set(key, value);
  }
  void remove(const std::string& key) override { inner.remove(key); }
  bool available() override { return inner.available(); }
  MemoryStore inner;
  int writes = 0;
};

Assessment assessment(const std::string& id, std::int64_t at) {
  Assessment a;
  a.id = id;
  a.framework_id = "core";
  a.framework_version = "1.0";
  a.capability_ids = {"A1", "A2", "A3"};
  a.created_at = a.updated_at = at;
  return a;
}

struct Tab {
  explicit Tab(KeyValueStore& s) : store(s), vault(s) { open_kept_data(state, vault, store, base, kNine); }
  KeyValueStore& store;
  Vault vault;
  AppState state;
  SyncBase base;

  void start(const std::string& id, std::int64_t at) {
    state.stored.assessments.push_back(assessment(id, at));
    state.stored.current_id = id;
    ++state.changes;
  }
  void rate(const std::string& capability, Rating r, std::int64_t at) {
    Assessment* a = current_assessment(state);
    REQUIRE(a);
    a->answers[capability].rating = r;
    a->updated_at = at;
    ++state.changes;
  }
  void save(std::int64_t at) { save_kept_data(state, vault, store, base, at); }
  // The browser tells this tab that another one wrote the person's document.
  void hears(OtherTabKey key = OtherTabKey::Data, bool removed = false) {
    take_other_tab_change(state, vault, store, base, key, removed, kNine);
  }
  Rating rating(const std::string& id, const std::string& capability) const {
    const Assessment* a = find_assessment(state, id);
    if (!a || !a->answers.count(capability)) return Rating::Unanswered;
    return a->answers.at(capability).rating;
  }
};

TeamMember member(const std::string& id) {
  TeamMember m;
  m.id = id;
  m.code = "code-" + id;
  m.label = "Person " + id;
  return m;
}

}  // namespace

TEST_CASE("Two tabs with different assessments keep both, and each keeps its own on screen") {
  CountingStore store;
  Tab a(store), b(store);
  a.start("a-1", kNine);
  a.rate("A1", Rating::Developing, kNine + 1);
  a.save(kNine + 1);
  b.hears();  // a's save
  b.start("a-2", kNine + 2);
  b.rate("A1", Rating::NotYet, kNine + 3);
  b.save(kNine + 3);
  a.hears();  // b's save

  REQUIRE(a.state.stored.assessments.size() == 2);
  CHECK(a.state.stored.current_id == "a-1");  // not switched to b's assessment
  CHECK(b.state.stored.current_id == "a-2");
  CHECK(a.rating("a-2", "A1") == Rating::NotYet);
  CHECK(b.rating("a-1", "A1") == Rating::Developing);
  CHECK(a.state.other_tab_notice == "Changes made in another tab or window are shown here too.");
}

TEST_CASE("The same assessment in two tabs: answers given in each are all kept") {
  CountingStore store;
  Tab a(store);
  a.start("a-1", kNine);
  a.save(kNine);
  Tab b(store);  // opened later, on the same assessment
  REQUIRE(b.state.stored.current_id == "a-1");

  a.rate("A1", Rating::Developing, kNine + 10);
  a.save(kNine + 10);
  b.rate("A2", Rating::Confident, kNine + 20);  // b has not heard of a's answer yet
  b.hears();                                    // ... and now does
  b.save(kNine + 20);
  a.hears();

  for (const Tab* t : {&a, &b}) {
    CHECK(t->rating("a-1", "A1") == Rating::Developing);
    CHECK(t->rating("a-1", "A2") == Rating::Confident);
  }

  SECTION("where both changed the same answer, the later change wins in both tabs") {
    a.rate("A3", Rating::NotYet, kNine + 30);
    b.rate("A3", Rating::NotSure, kNine + 40);
    a.save(kNine + 30);
    b.hears();
    b.save(kNine + 40);
    a.hears();
    CHECK(a.rating("a-1", "A3") == Rating::NotSure);
    CHECK(b.rating("a-1", "A3") == Rating::NotSure);
  }
}

TEST_CASE("Two tabs settle: a tab's own save, merged back, writes nothing more") {
  CountingStore store;
  Tab a(store), b(store);
  a.start("a-1", kNine);
  a.save(kNine);
  b.start("a-2", kNine + 1);
  b.hears();     // a's save: b holds a-2 unsaved, so the merge is written back...
  b.save(kNine + 1);
  const int after_b = store.writes;
  a.hears();     // ... a takes it, and has nothing to add
  a.save(kNine + 2);
  b.hears();
  b.save(kNine + 3);
  CHECK(store.writes == after_b);
  CHECK(a.state.stored.current_id == "a-1");
  CHECK(b.state.stored.current_id == "a-2");
}

TEST_CASE("Storage full in one tab: another tab opening and saving never drops its unsaved answers") {
  CountingStore store;
  Tab a(store);
  a.start("a-1", kNine);
  a.rate("A1", Rating::Developing, kNine);
  a.save(kNine);
  store.inner.quota_bytes = store.inner.values.at(Vault::kCurrentKey).size() + 300;  // nearly full
  a.rate("A2", Rating::Confident, kNine + 1);
  a.rate("A3", Rating::NotYet, kNine + 2);
  a.state.stored.assessments[0].answers["A3"].note = std::string(2000, 'n');  // too big to keep
  ++a.state.changes;
  a.save(kNine + 2);
  REQUIRE(a.vault.state() == VaultState::Unavailable);
  REQUIRE_FALSE(a.state.storage_banner.empty());

  store.inner.quota_bytes = 0;  // another tab frees some room (or it had some)
  Tab b(store);
  b.start("a-2", kNine + 5);
  b.save(kNine + 5);
  a.hears();
  CHECK(a.rating("a-1", "A2") == Rating::Confident);
  CHECK(a.rating("a-1", "A3") == Rating::NotYet);
  CHECK(a.state.stored.assessments.size() == 2);
  a.save(kNine + 6);  // the merge holds answers storage lacks: written now there is room
  Tab c(store);
  CHECK(c.rating("a-1", "A3") == Rating::NotYet);
  CHECK(a.state.storage_banner.empty());
}

TEST_CASE("An assessment deleted in another tab goes, unless this tab changed it since") {
  CountingStore store;
  Tab a(store);
  a.start("a-1", kNine);
  a.start("a-2", kNine);
  a.save(kNine);
  Tab b(store);
  delete_assessment(b.state, "a-1");
  delete_assessment(b.state, "a-2");
  SECTION("untouched here: deleted here too") {
    b.save(kNine + 1);
    a.hears();
    CHECK(a.state.stored.assessments.empty());
    CHECK(a.state.stored.current_id.empty());
  }
  SECTION("answered here since: an edit beats a deletion") {
    a.rate("A1", Rating::NotYet, kNine + 2);  // a-2 is current in a
    b.save(kNine + 1);
    a.hears();
    REQUIRE(a.state.stored.assessments.size() == 1);
    CHECK(a.rating("a-2", "A1") == Rating::NotYet);
  }
}

TEST_CASE("Delete all my data in one tab empties the other, team included") {
  CountingStore store;
  Tab a(store), b(store);
  Assessment sam = assessment("a-sam", kNine), alex = assessment("a-alex", kNine);
  sam.capability_ids = alex.capability_ids = {testdata::core().capabilities[0].id};
  alex.tier = 2;
  const std::string links = encode_share_code(sam, testdata::core(), false) + "\n" +
                            encode_share_code(alex, testdata::core(), false);
  REQUIRE(add_to_team(a.state.sharing.team, links).added == 2);
  ++a.state.sharing.team_changes;
  a.start("a-1", kNine);
  a.save(kNine);
  b.hears();
  b.hears(OtherTabKey::Team);
  REQUIRE(b.state.sharing.team.members.size() == 2);

  delete_kept_data(b.state, b.vault, b.base);
  a.hears(OtherTabKey::Data, true);
  a.hears(OtherTabKey::Team, true);
  a.save(kNine + 1);
  CHECK(a.state.stored.assessments.empty());
  CHECK(a.state.sharing.team.members.empty());
  CHECK(a.state.other_tab_notice == "Everything capwalk kept on this device was deleted in another tab or window.");
  CHECK_FALSE(store.get(Vault::kCurrentKey));  // nothing written back
  CHECK_FALSE(store.get(kTeamKey));
}

TEST_CASE("Teams in two tabs: people added in each are all kept; one removed in either goes") {
  Team base;
  base.members = {member("1"), member("2")};
  Team mine = base, theirs = base;
  mine.members.push_back(member("3"));
  theirs.members.erase(theirs.members.begin());  // removed "1"
  theirs.members.push_back(member("4"));
  const Team merged = merge_teams(base, mine, theirs);
  std::vector<std::string> ids;
  for (const TeamMember& m : merged.members) ids.push_back(m.id);
  CHECK(ids == std::vector<std::string>{"2", "4", "3"});
  CHECK(merge_teams(base, Team{}, Team{}).members.empty());

  // The other tab hears the merge it did not make: it has nothing to add, so it ends
  // with exactly what is stored, in the same order, and writes nothing back.
  const Team again = merge_teams(theirs, theirs, merged);
  REQUIRE(again.members.size() == merged.members.size());
  for (std::size_t i = 0; i < again.members.size(); ++i) CHECK(again.members[i].id == merged.members[i].id);
}

TEST_CASE("A kiosk ignores whatever other tabs keep") {
  CountingStore store;
  Tab a(store);
  a.state.kiosk.active = true;
  Tab b(store);
  b.start("a-1", kNine);
  b.save(kNine);
  a.hears();
  CHECK(a.state.stored.assessments.empty());
}

TEST_CASE("Settings changed in one tab reach the other") {
  StoredData base, mine, theirs;
  theirs.settings.theme = "dark";
  CHECK(merge_stored_data(base, mine, theirs).settings.theme == "dark");
  mine.settings.text_scale_percent = 150;
  const Settings both = merge_stored_data(base, mine, theirs).settings;
  CHECK(both.text_scale_percent == 150);
  CHECK(both.theme == "dark");
}

TEST_CASE("Deleted in this tab but answered in the other since: the answers win") {
  StoredData base;
  base.assessments.push_back(assessment("a-1", kNine));
  StoredData mine;  // deleted here
  StoredData theirs = base;
  theirs.assessments[0].answers["A1"].rating = Rating::Confident;
  theirs.assessments[0].updated_at = kNine + 5;
  const StoredData merged = merge_stored_data(base, mine, theirs);
  REQUIRE(merged.assessments.size() == 1);
  CHECK(merged.assessments[0].answers.at("A1").rating == Rating::Confident);
  CHECK(merge_stored_data(base, mine, base).assessments.empty());  // untouched there: deleted
}
