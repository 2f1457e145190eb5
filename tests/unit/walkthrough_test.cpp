#include <catch2/catch.hpp>

#include "app/core/dates.h"
#include "app/core/walkthrough.h"
#include "test_files.h"

using namespace capwalk;

namespace {
AppState shipped_state() {
  AppState s;
  for (const char* id : {"core", "esc", "nos", "peer-support"})
    REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_roles(read_source_file("frameworks/roles.json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_learning(read_source_file("frameworks/learning.json"))));
  return s;
}
std::vector<std::string> titles(const std::vector<const Role*>& roles) {
  std::vector<std::string> out;
  for (const Role* r : roles) out.push_back(r->id);
  return out;
}
}  // namespace

TEST_CASE("Searching roles matches titles and the words people type") {
  AppState s = shipped_state();
  const RoleCatalogue& roles = *s.library.roles();
  const auto front_desk = titles(search_roles(roles, "front desk"));
  CHECK(std::find(front_desk.begin(), front_desk.end(), "gp-receptionist") != front_desk.end());
  CHECK(titles(search_roles(roles, "  PHARMACIST ")).front() == "pharmacist");
  CHECK(search_roles(roles, "").size() == roles.roles.size());
  CHECK(search_roles(roles, "zzzz").empty());
}

TEST_CASE("A receptionist's assessment walks the core capabilities of their role at Tier 1") {
  AppState s = shipped_state();
  s.nav.go(Screen::ChooseRole);
  choose_role(s, "gp-receptionist");
  CHECK(s.nav.current() == Screen::AboutYourWork);
  CHECK(suggested_tier(s) == 1);
  CHECK_FALSE(asks_contact_questions(s));  // the role's tier is shown with Change instead
  const unsigned before = s.changes;
  start_assessment(s, make_assessment_id(0xabc), 1000);
  CHECK(s.changes == before + 1);
  Assessment* a = current_assessment(s);
  REQUIRE(a);
  CHECK(a->id == "a-000000000abc");
  CHECK(a->tier == 1);
  CHECK(a->role_title == "Receptionist (GP practice)");
  CHECK(a->capability_ids.size() >= 5);
  CHECK(s.nav.current() == Screen::Capability);

  set_rating(s, Rating::NotYet, 2000);
  set_wants_training(s, true, 2000);
  set_note(s, "ask about this", 2000);
  CHECK(a->answers[a->capability_ids[0]].rating == Rating::NotYet);
  CHECK(a->updated_at == 2000);
  next_capability(s, 3000);
  CHECK(a->current_index == 1);
  previous_capability(s, 3000);
  CHECK(a->current_index == 0);
  go_to_capability(s, static_cast<int>(a->capability_ids.size()), 4000);
  CHECK(s.nav.current() == Screen::Results);
  CHECK(a->finished);
}

TEST_CASE("Contact answers change the suggested tier; a chosen tier wins") {
  AppState s = shipped_state();
  choose_role_not_listed(s);
  CHECK(suggested_tier(s) == 1);
  s.setup.frequency = ContactFrequency::Often;
  s.setup.autonomy = Autonomy::OnMyOwn;
  CHECK(suggested_tier(s) == 3);
  s.setup.tier = 2;
  start_assessment(s, "a-1", 1);
  CHECK(current_assessment(s)->tier == 2);
  CHECK(current_assessment(s)->role_id.empty());
}

TEST_CASE("A listed role's tier stands until Change; then the questions ask again") {
  AppState s = shipped_state();
  s.setup.frequency = ContactFrequency::Often;  // left from an earlier set-up
  s.setup.autonomy = Autonomy::OnMyOwn;
  choose_role(s, "housing-officer");
  CHECK_FALSE(asks_contact_questions(s));
  CHECK(suggested_tier(s) == 2);  // the role's, not the old answers'
  change_tier(s);
  CHECK(asks_contact_questions(s));
  CHECK(suggested_tier(s) == 3);
  choose_role(s, "gp-receptionist");  // a new role starts from its own suggestion
  CHECK_FALSE(asks_contact_questions(s));
  choose_role_not_listed(s);
  CHECK(asks_contact_questions(s));
}

TEST_CASE("The framework screen's Continue goes back to the role screen it came from") {
  AppState s = shipped_state();
  s.nav.go(Screen::ChooseRole);
  s.nav.go(Screen::ChooseFramework);
  continue_from_framework(s);
  CHECK(s.nav.current() == Screen::ChooseRole);
  CHECK(s.nav.previous() == Screen::Welcome);
  s.nav.restart();
  s.nav.go(Screen::ChooseFramework);  // reached some other way (a file opened on the welcome screen)
  continue_from_framework(s);
  CHECK(s.nav.current() == Screen::ChooseRole);
}

TEST_CASE("Saved assessments can be resumed where they were left, and deleted") {
  AppState s = shipped_state();
  choose_role(s, "housing-officer");
  start_assessment(s, "a-1", 1);
  go_to_capability(s, 3, 2);
  s.stored.current_id.clear();
  s.nav.restart();
  resume_assessment(s, "a-1");
  CHECK(s.nav.current() == Screen::Capability);
  CHECK(current_assessment(s)->current_index == 3);
  delete_assessment(s, "a-1");
  CHECK(s.stored.assessments.empty());
  CHECK(current_assessment(s) == nullptr);
}

TEST_CASE("Dates read the way people write them") {
  CHECK(format_date(0) == "1 January 1970");
  CHECK(format_date(1795305600000LL) == "22 November 2026");
  CHECK(format_date(951782400000LL) == "29 February 2000");
  CHECK(format_date_iso(1795305600000LL) == "2026-11-22");
}

#include "app/core/report_html.h"

TEST_CASE("Needs can be put in the plan with a goal, action, date and support, and taken out") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  const std::string first = current_assessment(s)->capability_ids[0];
  set_in_plan(s, first, true, 5);
  REQUIRE(plan_item(s, first) != nullptr);
  set_plan_field(s, first, PlanField::Goal, "Feel able to talk about stigma", 6);
  set_plan_field(s, first, PlanField::ByWhen, "March", 6);
  CHECK(plan_item(s, first)->goal == "Feel able to talk about stigma");
  CHECK(plan_item(s, first)->by_when == "March");
  CHECK(current_assessment(s)->updated_at == 6);
  set_in_plan(s, first, false, 7);
  CHECK(plan_item(s, first) == nullptr);
  CHECK(current_assessment(s)->plan.empty());
}

TEST_CASE("The printable plan escapes everything people typed") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  const std::string first = current_assessment(s)->capability_ids[0];
  set_in_plan(s, first, true, 5);
  set_plan_field(s, first, PlanField::Action, "<img src=x onerror=alert(1)> & \"more\"", 6);
  const std::string html = plan_html(*current_assessment(s), *chosen_framework(s), "1 March 2027", s.library.learning());
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;") != std::string::npos);
  CHECK(html.find("<h2>" + chosen_framework(s)->find_capability(first)->title + "</h2>") != std::string::npos);
  CHECK(html.find("Receptionist (GP practice) \xC2\xB7 Tier 1") != std::string::npos);
  CHECK(html_escape("it's") == "it&#39;s");
}

TEST_CASE("Forgetting everything empties what is kept and returns to the start") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  forget_everything(s);
  CHECK(s.stored.assessments.empty());
  CHECK(s.nav.current() == Screen::Welcome);
  CHECK(s.setup.role_id.empty());
}

TEST_CASE("Forgetting everything also closes the questions the screens had open") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  s.screen.confirm_delete_all = true;
  s.screen.confirm_delete = "a-1";
  forget_everything(s);
  CHECK_FALSE(s.screen.confirm_delete_all);
  CHECK(s.screen.confirm_delete.empty());
}

TEST_CASE("The results report escapes notes, lists needs with learning and carries a QR code") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  set_rating(s, Rating::NotYet, 2);
  set_note(s, "<img src=x onerror=alert(1)>", 2);
  const std::string html = results_html(*current_assessment(s), *chosen_framework(s), "1 March 2027",
                                        "https://example.org/#r=AAAA", s.library.learning());
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<strong>Start here:</strong> <a href=\"https://") != std::string::npos);
  CHECK(html.find("target=\"_blank\" rel=\"noopener noreferrer\"") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  const std::string first = chosen_framework(s)->find_capability(current_assessment(s)->capability_ids[0])->title;
  CHECK(html.find("<strong>" + first + "</strong> (Not yet") != std::string::npos);
  CHECK(html.find("<svg ") != std::string::npos);
  CHECK(html.find("Answered 1 of ") != std::string::npos);
  CHECK(results_html(*current_assessment(s), *chosen_framework(s), "d", "", s.library.learning()).find("<svg") == std::string::npos);
}

TEST_CASE("Characters are counted as the browser counts them, and never cut in half") {
  CHECK(character_count("") == 0);
  CHECK(character_count("abc") == 3);
  CHECK(character_count("caf\xC3\xA9") == 4);         // é: 2 bytes, 1 character
  CHECK(character_count("\xE2\x82\xAC" "5") == 2);     // €: 3 bytes, 1 character
  CHECK(character_count("\xF0\x9F\x98\x80!") == 3);    // an emoji: 4 bytes, 2 characters
  CHECK(limited_text("abcdef", 4) == "abcd");
  CHECK(limited_text("ab\xC3\xA9" "cd", 3) == "ab\xC3\xA9");
  CHECK(limited_text("a\xF0\x9F\x98\x80", 2) == "a");  // no room for both halves of the emoji
  CHECK(limited_text("a\xF0\x9F\x98\x80", 3) == "a\xF0\x9F\x98\x80");
  CHECK(limited_text("short", 500) == "short");
  CHECK(character_count_text("\xE2\x82\xAC" "12", 500) == "3 of 500 characters");
}

TEST_CASE("Notes and plan fields keep no more than their limits, wherever the text comes from") {
  AppState s = shipped_state();
  choose_role(s, "gp-receptionist");
  start_assessment(s, "a-1", 1);
  const std::string first = current_assessment(s)->capability_ids[0];
  const std::string long_text(kNoteMaxCharacters + 25, 'n');
  set_note(s, long_text, 2);
  CHECK(current_assessment(s)->answers[first].note == long_text.substr(0, kNoteMaxCharacters));
  set_in_plan(s, first, true, 3);
  const PlanField fields[] = {PlanField::Goal, PlanField::Action, PlanField::ByWhen, PlanField::Support};
  for (PlanField field : fields) {
    const std::size_t max = plan_field_max_characters(field);
    CHECK(max >= 100);
    set_plan_field(s, first, field, std::string(max + 1, 'p'), 4);
  }
  const PlanItem& item = *plan_item(s, first);
  CHECK(item.goal.size() == plan_field_max_characters(PlanField::Goal));
  CHECK(item.action.size() == plan_field_max_characters(PlanField::Action));
  CHECK(item.by_when.size() == plan_field_max_characters(PlanField::ByWhen));
  CHECK(item.support.size() == plan_field_max_characters(PlanField::Support));
}
