// The share screen's link: made from the page's address without any kiosk flag, and
// always one the app itself opens, whatever a person typed into notes and the plan.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "app/core/sharing.h"
#include "app/core/walkthrough.h"
#include "test_files.h"

using namespace capwalk;

namespace {

const char* const kShippedFrameworks[] = {"core", "esc", "nos", "peer-support"};

AppState shipped_state() {
  AppState s;
  for (const char* id : kShippedFrameworks)
    REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_roles(read_source_file("frameworks/roles.json"))));
  return s;
}

// The code part of a link made by results_link().
std::string code_of(const std::string& link) {
  const std::size_t at = link.find("#r=");
  REQUIRE(at != std::string::npos);
  return link.substr(at + 3);
}

// Text a person could type: letters, spaces, line breaks, markup characters, accented
// letters (2 bytes of UTF-8), CJK and the euro sign (3 bytes) and emoji (4 bytes, two
// characters as the browser counts them).
const char* const kPieces[] = {"a", "Z", " ", "\n", "<", "&", "\"", "\xC3\xA9", "\xE2\x82\xAC",
                               "\xE4\xB8\xAD", "\xF0\x9F\x98\x80"};

std::string random_text(std::mt19937& rng, std::size_t max_characters) {
  // Sometimes past the limit, as a paste can be: what is kept is cut to the limit.
  std::uniform_int_distribution<std::size_t> length(0, max_characters + 40);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::string text;
  for (std::size_t n = length(rng); n > 0; --n) text += kPieces[piece(rng)];
  return text;
}

// The most bytes a field can hold: every character 3 bytes of UTF-8.
std::string longest_text(std::size_t max_characters) {
  std::string text;
  for (std::size_t i = 0; i < max_characters; ++i) text += "\xE4\xB8\xAD";
  return text;
}

const PlanField kPlanFields[] = {PlanField::Goal, PlanField::Action, PlanField::ByWhen, PlanField::Support};

// Starts an assessment of `framework_id` as the set-up screens do.
void start(AppState& s, const std::string& framework_id, std::mt19937& rng) {
  s.stored = StoredData{};
  s.setup = SetupDraft{};
  s.chosen_framework = framework_id;
  std::vector<const Role*> roles;
  for (const Role& role : s.library.roles()->roles)
    if (role.relevant.count(framework_id)) roles.push_back(&role);
  std::uniform_int_distribution<std::size_t> pick(0, roles.size());
  const std::size_t r = pick(rng);
  if (r == roles.size()) choose_role_not_listed(s);  // every capability of the framework
  else choose_role(s, roles[r]->id);
  const Framework& fw = s.library.find(framework_id)->framework;
  if (fw.is_tiered()) s.setup.tier = std::uniform_int_distribution<int>(1, static_cast<int>(fw.tiers.size()))(rng);
  s.setup.settings.clear();
  for (const Setting& place : s.library.roles()->settings)  // none, one or several
    if (rng() % 3 == 0) s.setup.settings.push_back(place.id);
  start_assessment(s, "a-1", 1000);
  REQUIRE(current_assessment(s));
}

// Answers every page through the walkthrough's own functions, as the screens do.
void answer_all(AppState& s, std::mt19937& rng, bool longest) {
  const std::vector<std::string> ids = current_assessment(s)->capability_ids;
  std::uniform_int_distribution<int> rating(0, 6), coin(0, 1);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    go_to_capability(s, static_cast<int>(i), 2000);
    set_rating(s, static_cast<Rating>(longest ? 1 + static_cast<int>(i % 6) : rating(rng)), 2000);
    set_wants_training(s, coin(rng) == 1, 2000);
    set_note(s, longest ? longest_text(kNoteMaxCharacters) : random_text(rng, kNoteMaxCharacters), 2000);
    if (!longest && coin(rng) == 0) continue;
    set_in_plan(s, ids[i], true, 2000);
    for (PlanField field : kPlanFields) {
      const std::size_t max = plan_field_max_characters(field);
      set_plan_field(s, ids[i], field, longest ? longest_text(max) : random_text(rng, max), 2000);
    }
  }
}

Rating rating_of(const Assessment& a, const std::string& id) {
  const auto it = a.answers.find(id);
  return it == a.answers.end() ? Rating::Unanswered : it->second.rating;
}

// The offer opens, with the ratings (and, when it says so, the notes and plan) given.
void check_offer_opens(const AppState& s, const ShareOffer& offer) {
  const Assessment& sent = s.stored.assessments.back();
  const Framework& fw = s.library.find(sent.framework_id)->framework;
  const std::string code = code_of(offer.link);
  CHECK(offer.link.substr(0, offer.link.size() - code.size()).find("kiosk") == std::string::npos);
  REQUIRE(code.size() <= kMaxShareCodeLength);
  const ShareDecode decoded = decode_share_code(code);
  REQUIRE(decoded.error == ShareError::None);
  const bool with_notes = s.sharing.include_notes && !offer.notes_left_out;
  CHECK(decoded.results.notes_included == with_notes);
  const Assessment got = resolve_share(decoded.results, fw, sent.role_title).assessment;
  REQUIRE(got.capability_ids == sent.capability_ids);
  for (const std::string& id : sent.capability_ids) {
    INFO(id);
    CHECK(rating_of(got, id) == rating_of(sent, id));
    if (with_notes) CHECK(got.answers.count(id) == 1);
    if (with_notes && got.answers.count(id)) CHECK(got.answers.at(id).note == sent.answers.at(id).note);
  }
  if (with_notes) CHECK(got.plan == sent.plan);
  // Notes are left out only when they would not fit.
  if (offer.notes_left_out) CHECK(encode_share_code(sent, fw, true).size() > kMaxShareCodeLength);
}

}  // namespace

TEST_CASE("A link's base is the page's address without its fragment or any kiosk flag") {
  CHECK(link_base("https://example.org/capwalk/") == "https://example.org/capwalk/");
  CHECK(link_base("https://example.org/capwalk/?kiosk") == "https://example.org/capwalk/");
  CHECK(link_base("https://example.org/capwalk/?kiosk=1") == "https://example.org/capwalk/");
  CHECK(link_base("https://example.org/?lang=cy&kiosk") == "https://example.org/?lang=cy");
  CHECK(link_base("https://example.org/?kiosk&lang=cy&kiosk=yes&x=kiosk") == "https://example.org/?lang=cy&x=kiosk");
  CHECK(link_base("https://example.org/?kiosks=2&notkiosk") == "https://example.org/?kiosks=2&notkiosk");
  CHECK(link_base("https://example.org/?kiosk#r=old") == "https://example.org/");
  CHECK(link_base("http://127.0.0.1:8080/index.html?") == "http://127.0.0.1:8080/index.html");
  CHECK(results_link("https://example.org/?kiosk", "CODE") == "https://example.org/#r=CODE");
}

TEST_CASE("The share screen's link leaves the notes out, and says so, only when they do not fit") {
  AppState s = shipped_state();
  std::mt19937 rng(7);
  s.chosen_framework = "nos";
  choose_role_not_listed(s);
  start_assessment(s, "a-1", 1000);
  REQUIRE(current_assessment(s)->capability_ids.size() == 96);
  set_note(s, "short note", 1000);

  s.sharing.include_notes = true;
  ShareOffer offer = share_offer(s, "https://example.org/?kiosk");
  CHECK_FALSE(offer.notes_left_out);
  CHECK(offer.link.rfind("https://example.org/#r=", 0) == 0);
  CHECK(decode_share_code(code_of(offer.link)).results.items.front().note == "short note");

  answer_all(s, rng, true);  // every note and plan field at its limit, 3 bytes a character
  offer = share_offer(s, "https://example.org/");
  CHECK(offer.notes_left_out);
  WARN("96-item NOS, every note and plan field full: " << encode_share_code(*current_assessment(s), *chosen_framework(s), true).size()
       << " characters with notes; offered " << code_of(offer.link).size() << " without");
  check_offer_opens(s, offer);

  s.sharing.include_notes = false;
  offer = share_offer(s, "https://example.org/");
  CHECK_FALSE(offer.notes_left_out);
  check_offer_opens(s, offer);
}

TEST_CASE("Property: any assessment the screens can make gives a link the app opens, with the same ratings") {
  AppState s = shipped_state();
  const std::uint32_t seed = 20261201;
  std::mt19937 rng(seed);
  const char* const pages[] = {"http://127.0.0.1:8080/", "https://example.org/capwalk/?kiosk",
                               "https://example.org/capwalk/index.html?lang=en&kiosk=1#r=old"};
  int with_notes = 0, notes_left_out = 0;
  for (const char* framework_id : kShippedFrameworks) {
    for (int round = 0; round < 40; ++round) {
      INFO("seed " << seed << ", framework " << framework_id << ", round " << round);
      start(s, framework_id, rng);
      const bool longest = round == 0;  // the worst case first, then random ones
      answer_all(s, rng, longest);
      s.sharing.include_notes = longest || rng() % 4 != 0;
      const ShareOffer offer = share_offer(s, pages[rng() % std::size(pages)]);
      check_offer_opens(s, offer);
      if (s.sharing.include_notes) (offer.notes_left_out ? notes_left_out : with_notes) += 1;
    }
  }
  WARN(with_notes << " links with notes, " << notes_left_out << " with notes left out");
  // Both kinds of link were made and opened.
  CHECK(with_notes > 0);
  CHECK(notes_left_out > 0);
}

TEST_CASE("Without notes, a framework at the loader's limits still makes a link the app opens") {
  // The loader takes ids and versions of at most 40 bytes and at most 500 capabilities.
  Framework fw;
  fw.id = std::string(40, 'f');
  fw.version = std::string(40, 'v');
  Assessment a;
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.role_id = std::string(40, 'r');
  a.settings.assign(kMaxSharedSettings, std::string(40, 's'));
  a.tier = 3;
  for (int i = 0; i < 500; ++i) {
    Capability c;
    c.id = "capability-" + std::to_string(i);
    fw.capabilities.push_back(c);
    a.capability_ids.push_back(c.id);
    a.answers[c.id].rating = Rating::CouldSupportOthers;
    a.answers[c.id].wants_training = true;
  }
  const std::string code = encode_share_code(a, fw, false);
  // 1,400 characters, plus the most settings a link carries, each of the longest id.
  CHECK(code.size() <= 1400 + 4 * (kMaxSharedSettings * (1 + kMaxIdLength) + 2) / 3);
  WARN("500 capabilities, no notes: " << code.size() << " characters");
  CHECK(decode_share_code(code).error == ShareError::None);
}

TEST_CASE("Adding pasted links and removing a person are counted, so the team is saved") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  set_rating(s, Rating::Developing, 2);
  s.sharing.paste = share_offer(s, "https://example.org/capwalk/").link;
  add_pasted_links(s);
  CHECK(s.sharing.team.members.empty());  // added a step at a time
  CHECK(continue_team_import(s, 1000) == false);
  CHECK_FALSE(s.sharing.import);
  REQUIRE(s.sharing.team.members.size() == 1);
  CHECK(s.sharing.framework_id == "core");
  CHECK(s.sharing.team_changes == 1);
  CHECK(s.sharing.paste.empty());
  remove_team_member(s, "not-a-member");
  CHECK(s.sharing.team_changes == 1);
  remove_team_member(s, s.sharing.team.members.front().id);
  CHECK(s.sharing.team.members.empty());
  CHECK(s.sharing.team_changes == 2);
}
