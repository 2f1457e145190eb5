// Ratings, tiers, which capabilities are walked, results and re-assessment.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "app/core/assessment.h"
#include "app/core/framework_loader.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {


// An assessment of `ids` against core, answered with `ratings` (same length; Unanswered
// leaves the capability without an answer).
Assessment make_assessment(const std::vector<std::string>& ids, const std::vector<Rating>& ratings) {
  REQUIRE(ids.size() == ratings.size());
  Assessment a;
  a.id = "a-test";
  a.framework_id = "core";
  a.framework_version = "1.0";
  a.tier = 2;
  a.capability_ids = ids;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (ratings[i] != Rating::Unanswered) a.answers[ids[i]].rating = ratings[i];
  return a;
}

std::vector<std::string> need_ids(const Results& r) {
  std::vector<std::string> out;
  for (const Need& n : r.needs) out.push_back(n.capability_id);
  return out;
}

}  // namespace

TEST_CASE("The six rating options come in display order with plain labels and stable keys") {
  const auto& options = rating_options();
  REQUIRE(options.size() == static_cast<std::size_t>(kRatingOptionCount));
  const std::vector<std::string> labels = {"Not yet", "Developing", "Confident",
                                           "Could support others", "Not had the opportunity",
                                           "Not sure"};
  const std::vector<std::string> keys = {"not-yet", "developing", "confident",
                                         "could-support-others", "not-had-opportunity", "not-sure"};
  const std::vector<Rating> ratings = {Rating::NotYet, Rating::Developing, Rating::Confident,
                                       Rating::CouldSupportOthers, Rating::NotHadOpportunity,
                                       Rating::NotSure};
  for (std::size_t i = 0; i < options.size(); ++i) {
    CHECK(options[i].rating == ratings[i]);
    CHECK(options[i].label == labels[i]);
    CHECK(options[i].key == keys[i]);
    CHECK(std::string(options[i].explanation).size() > 10);
    CHECK(rating_from_key(keys[i]) == ratings[i]);
    REQUIRE(rating_info(ratings[i]) != nullptr);
    CHECK(rating_info(ratings[i])->label == labels[i]);
  }
  CHECK(std::string(rating_info(Rating::NotYet)->explanation) ==
        "I haven't done this yet, or I wouldn't know where to start.");
  CHECK(rating_info(Rating::Unanswered) == nullptr);
  CHECK(rating_from_key("nonsense") == Rating::Unanswered);
  CHECK(rating_from_key("") == Rating::Unanswered);
}

TEST_CASE("Only the four levels have a level number") {
  CHECK(rating_level(Rating::NotYet) == 0);
  CHECK(rating_level(Rating::Developing) == 1);
  CHECK(rating_level(Rating::Confident) == 2);
  CHECK(rating_level(Rating::CouldSupportOthers) == 3);
  CHECK(rating_level(Rating::NotHadOpportunity) == -1);
  CHECK(rating_level(Rating::NotSure) == -1);
  CHECK(rating_level(Rating::Unanswered) == -1);
}

TEST_CASE("The suggested tier follows how often and how independently people are supported") {
  CHECK(suggest_tier(ContactFrequency::Rarely, Autonomy::WithOthers) == 1);
  CHECK(suggest_tier(ContactFrequency::Rarely, Autonomy::Partly) == 1);
  CHECK(suggest_tier(ContactFrequency::Rarely, Autonomy::OnMyOwn) == 1);
  CHECK(suggest_tier(ContactFrequency::Sometimes, Autonomy::WithOthers) == 2);
  CHECK(suggest_tier(ContactFrequency::Sometimes, Autonomy::Partly) == 2);
  CHECK(suggest_tier(ContactFrequency::Sometimes, Autonomy::OnMyOwn) == 2);
  CHECK(suggest_tier(ContactFrequency::Often, Autonomy::WithOthers) == 2);
  CHECK(suggest_tier(ContactFrequency::Often, Autonomy::Partly) == 2);
  CHECK(suggest_tier(ContactFrequency::Often, Autonomy::OnMyOwn) == 3);
}

TEST_CASE("Tier statements are cumulative and a capability may lack a tier") {
  const Capability* c4 = core().find_capability("C4");
  REQUIRE(c4 != nullptr);
  REQUIRE(c4->tiers.count(1) == 0);
  const auto& t2 = c4->tiers.at(2);
  const auto& t3 = c4->tiers.at(3);
  REQUIRE(t2.size() == 4);
  REQUIRE(t3.size() == 4);

  CHECK(statements_for_tier(*c4, 1).empty());
  CHECK(statements_for_tier(*c4, 2) == t2);
  std::vector<std::string> both = t2;
  both.insert(both.end(), t3.begin(), t3.end());
  CHECK(statements_for_tier(*c4, 3) == both);

  const Capability* a1 = core().find_capability("A1");
  REQUIRE(a1 != nullptr);
  CHECK(statements_for_tier(*a1, 1) == a1->tiers.at(1));
  CHECK(statements_for_tier(*a1, 2).size() == a1->tiers.at(1).size() + a1->tiers.at(2).size());
  CHECK(statements_for_tier(*a1, 2).front() == a1->tiers.at(1).front());
  CHECK(statements_for_tier(*a1, 3).back() == a1->tiers.at(3).back());
}

TEST_CASE("A page puts the tier's own statements first and the lower tiers apart") {
  const Capability* a1 = core().find_capability("A1");
  REQUIRE(a1 != nullptr);
  const TierStatements at1 = statements_by_tier(*a1, 1);
  CHECK(at1.at_tier == a1->tiers.at(1));
  CHECK(at1.lower.empty());
  const TierStatements at3 = statements_by_tier(*a1, 3);
  CHECK(at3.at_tier == a1->tiers.at(3));
  CHECK(at3.lower_levels == std::vector<int>{1, 2});
  CHECK(at3.lower.size() == a1->tiers.at(1).size() + a1->tiers.at(2).size());
  CHECK(at3.at_tier.size() + at3.lower.size() == statements_for_tier(*a1, 3).size());
  // C4 has nothing at Tier 1: at Tier 2 nothing is folded.
  const Capability* c4 = core().find_capability("C4");
  REQUIRE(c4 != nullptr);
  CHECK(statements_by_tier(*c4, 2).at_tier == c4->tiers.at(2));
  CHECK(statements_by_tier(*c4, 2).lower.empty());
  // A tier with no statements of its own shows those it has, unfolded.
  Capability only_first;
  only_first.tiers[1] = {"one"};
  CHECK(statements_by_tier(only_first, 2).at_tier == std::vector<std::string>{"one"});
  CHECK(statements_by_tier(only_first, 2).lower.empty());
  // No tiers: the indicators, unfolded.
  const Capability& first = esc().capabilities.front();
  CHECK(statements_by_tier(first, 2).at_tier == first.indicators);
  CHECK(statements_by_tier(first, 2).lower.empty());
}

TEST_CASE("A capability without tiers is described by its indicators at every tier") {
  const Capability& first = esc().capabilities.front();
  REQUIRE(first.tiers.empty());
  REQUIRE(first.indicators.size() == 6);
  CHECK(statements_for_tier(first, 1) == first.indicators);
  CHECK(statements_for_tier(first, 3) == first.indicators);
  CHECK(statements_for_tier(first, 1).front() ==
        "Have the ability to explain in an understandable way, their professional role and any "
        "parameters that they work within");
}

TEST_CASE("A GP receptionist at tier 1 walks the role's capabilities that have tier 1 statements") {
  const RoleCatalogue roles = shipped_roles();
  const Role* receptionist = roles.find_role("gp-receptionist");
  REQUIRE(receptionist != nullptr);
  CHECK(capabilities_for(core(), receptionist, 1, {}) ==
        std::vector<std::string>{"A1", "B1", "B4", "C1", "C2", "C3", "D2", "E2", "F1"});

  // Named out of order and including capabilities with no tier 1 statements: those are
  // left out at tier 1, included at tier 2, and the order is always the framework's.
  Role wider = *receptionist;
  wider.relevant["core"].capabilities = {"F2", "C4", "A1", "B1"};
  CHECK(capabilities_for(core(), &wider, 1, {}) == std::vector<std::string>{"A1", "B1"});
  CHECK(capabilities_for(core(), &wider, 2, {}) == std::vector<std::string>{"A1", "B1", "C4", "F2"});

  // ESC is untiered and the receptionist needs all of it.
  CHECK(capabilities_for(esc(), receptionist, 1, {}).size() == 10);
}

TEST_CASE("Without a role every capability with something to say at the tier is walked") {
  const std::vector<std::string> tier1 = capabilities_for(core(), nullptr, 1, {});
  CHECK(tier1.size() == 18);
  CHECK(std::find(tier1.begin(), tier1.end(), "C4") == tier1.end());
  CHECK(std::find(tier1.begin(), tier1.end(), "F2") == tier1.end());
  CHECK(tier1.front() == "A1");
  CHECK(tier1.back() == "F1");

  const std::vector<std::string> tier3 = capabilities_for(core(), nullptr, 3, {});
  REQUIRE(tier3.size() == 20);
  for (std::size_t i = 0; i < tier3.size(); ++i) CHECK(tier3[i] == core().capabilities[i].id);

  CHECK(capabilities_for(esc(), nullptr, 1, {}).size() == 10);
  CHECK(capabilities_for(esc(), nullptr, 1, {}).front() == esc().capabilities.front().id);
}

TEST_CASE("Answered count and equality cover the whole assessment") {
  Assessment a = make_assessment({"A1", "A2", "B1"},
                                 {Rating::NotYet, Rating::Unanswered, Rating::NotSure});
  a.answers["Z9"].rating = Rating::Confident;  // not walked: not counted
  a.answers["A2"].note = "a note but no rating yet";
  CHECK(a.answered_count() == 2);

  Assessment b = a;
  CHECK(a == b);
  b.plan.push_back(PlanItem{"A1", "goal", "", "", "", {}, 0, 0});
  CHECK_FALSE(a == b);
  b = a;
  b.previous_id = "a-older";
  CHECK_FALSE(a == b);
  b = a;
  b.answers["A1"].wants_training = true;
  CHECK_FALSE(a == b);
  b = a;
  b.current_index = 1;
  CHECK_FALSE(a == b);
}

TEST_CASE("The page shown is the current index within the capabilities walked") {
  Assessment a = make_assessment({"A1", "A2", "B1"}, {Rating::NotYet, Rating::Unanswered, Rating::NotSure});
  a.current_index = 1;
  CHECK(a.page_index() == 1);
  a.current_index = 7;  // the list got shorter since
  CHECK(a.page_index() == 2);
  a.current_index = -3;
  CHECK(a.page_index() == 0);
  a.capability_ids.clear();
  CHECK(a.page_index() == 0);
}

TEST_CASE("Results count answers per domain, in framework order, only for domains walked") {
  const Assessment a = make_assessment(
      {"A1", "A2", "C1", "C2", "C4", "F1"},
      {Rating::NotYet, Rating::Confident, Rating::Confident, Rating::Unanswered, Rating::NotSure,
       Rating::Confident});
  const Results r = compute_results(a, core());
  CHECK(r.total == 6);
  CHECK(r.answered == 5);
  REQUIRE(r.domains.size() == 3);

  CHECK(r.domains[0].domain_id == "A");
  CHECK(r.domains[0].title == core().find_domain("A")->title);
  CHECK(r.domains[0].total == 2);
  CHECK(r.domains[0].answered == 2);
  CHECK(r.domains[0].counts.at(Rating::NotYet) == 1);
  CHECK(r.domains[0].counts.at(Rating::Confident) == 1);
  CHECK(r.domains[0].counts.at(Rating::Developing) == 0);

  CHECK(r.domains[1].domain_id == "C");
  CHECK(r.domains[1].total == 3);
  CHECK(r.domains[1].answered == 2);
  CHECK(r.domains[1].counts.at(Rating::Confident) == 1);
  CHECK(r.domains[1].counts.at(Rating::NotSure) == 1);
  CHECK(r.domains[1].counts.count(Rating::Unanswered) == 0);

  CHECK(r.domains[2].domain_id == "F");
  CHECK(r.domains[2].total == 1);
  CHECK(r.domains[2].counts.at(Rating::Confident) == 1);
}

TEST_CASE("Capabilities the framework no longer has are left out of the results") {
  const Assessment a = make_assessment({"A1", "Z9", "B1"},
                                       {Rating::NotYet, Rating::NotYet, Rating::NotSure});
  const Results r = compute_results(a, core());
  CHECK(r.total == 2);
  CHECK(r.answered == 2);
  CHECK(need_ids(r) == std::vector<std::string>{"A1"});
  CHECK(r.to_discuss == std::vector<std::string>{"B1"});
  REQUIRE(r.domains.size() == 2);
  CHECK(r.domains[0].domain_id == "A");
  CHECK(r.domains[1].domain_id == "B");
}

TEST_CASE("Needs come biggest gap first, training asked first among equals, then walk order") {
  Assessment a = make_assessment(
      {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1"},
      {Rating::Developing, Rating::NotYet, Rating::Developing, Rating::NotYet, Rating::Confident,
       Rating::Confident, Rating::CouldSupportOthers, Rating::NotSure, Rating::NotYet});
  a.answers["A3"].wants_training = true;  // Developing, training
  a.answers["C1"].wants_training = true;  // Not yet, training
  a.answers["B2"].wants_training = true;  // Confident, training: a need with gap 0
  a.answers["B4"].wants_training = true;  // Not sure is never a need
  const Results r = compute_results(a, core());

  CHECK(need_ids(r) == std::vector<std::string>{"C1", "A2", "A4", "A3", "A1", "B2"});
  REQUIRE(r.needs.size() == 6);
  CHECK(r.needs[0].gap == 2);
  CHECK(r.needs[0].rating == Rating::NotYet);
  CHECK(r.needs[0].wants_training);
  CHECK(r.needs[1].gap == 2);
  CHECK_FALSE(r.needs[1].wants_training);
  CHECK(r.needs[3].gap == 1);
  CHECK(r.needs[3].rating == Rating::Developing);
  CHECK(r.needs[3].wants_training);
  CHECK(r.needs[4].gap == 1);
  CHECK(r.needs[5].gap == 0);
  CHECK(r.needs[5].rating == Rating::Confident);
  CHECK(r.needs[5].wants_training);

  // Every Not yet capability is a need, whether or not training was asked for.
  const std::vector<std::string> listed = need_ids(r);
  const std::set<std::string> needs(listed.begin(), listed.end());
  for (const std::string& id : a.capability_ids)
    if (a.answers.at(id).rating == Rating::NotYet) CHECK(needs.count(id) == 1);
}

TEST_CASE("Strengths and things to discuss are listed in walk order") {
  const Assessment a = make_assessment(
      {"F1", "A1", "B2", "C3", "D1", "E1", "A2"},
      {Rating::CouldSupportOthers, Rating::NotHadOpportunity, Rating::Confident, Rating::NotSure,
       Rating::Developing, Rating::Unanswered, Rating::Confident});
  const Results r = compute_results(a, core());
  CHECK(r.strengths == std::vector<std::string>{"F1", "B2", "A2"});
  CHECK(r.to_discuss == std::vector<std::string>{"A1", "C3"});
  CHECK(need_ids(r) == std::vector<std::string>{"D1"});
  CHECK(r.answered == 6);
  CHECK(r.total == 7);
}

TEST_CASE("Comparing with an earlier assessment says how each rating moved") {
  const Assessment before = make_assessment(
      {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1"},
      {Rating::NotYet, Rating::Confident, Rating::Developing, Rating::NotSure, Rating::Unanswered,
       Rating::NotSure, Rating::Developing, Rating::Confident});
  const Assessment now = make_assessment(
      {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "D1", "D2"},
      {Rating::Developing, Rating::Developing, Rating::Developing, Rating::Confident,
       Rating::NotYet, Rating::NotSure, Rating::NotHadOpportunity, Rating::Confident,
       Rating::Unanswered});
  const std::vector<Change> changes = compare(now, before);
  REQUIRE(changes.size() == 10);

  const std::vector<std::string> ids = {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "D1", "D2", "C1"};
  const std::vector<ChangeKind> kinds = {
      ChangeKind::Better,  // Not yet -> Developing
      ChangeKind::Worse,   // Confident -> Developing
      ChangeKind::Same,    // Developing -> Developing
      ChangeKind::New,     // Not sure -> Confident: a level for the first time
      ChangeKind::New,     // unanswered -> Not yet
      ChangeKind::Same,    // Not sure -> Not sure
      ChangeKind::New,     // Developing -> Not had the opportunity
      ChangeKind::New,     // not walked before
      ChangeKind::Same,    // not answered on either side
      ChangeKind::NoLongerAsked,
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    INFO(ids[i]);
    CHECK(changes[i].capability_id == ids[i]);
    CHECK(changes[i].kind == kinds[i]);
  }
  CHECK(changes[0].before == Rating::NotYet);
  CHECK(changes[0].now == Rating::Developing);
  CHECK(changes[7].before == Rating::Unanswered);
  CHECK(changes[9].before == Rating::Confident);
  CHECK(changes[9].now == Rating::Unanswered);
}

TEST_CASE("Starting again keeps the framework, role, tier and capabilities but not the answers") {
  Assessment previous = make_assessment({"A1", "B1", "C1"},
                                        {Rating::NotYet, Rating::Confident, Rating::NotSure});
  previous.id = "a-000000000001";
  previous.role_id = "gp-receptionist";
  previous.role_title = "Receptionist (GP practice)";
  previous.tier = 3;
  previous.settings = {"community"};
  previous.created_at = 1000;
  previous.updated_at = 2000;
  previous.current_index = 2;
  previous.finished = true;
  previous.plan.push_back(PlanItem{"A1", "Learn the basics", "Take the course", "June", "Manager", {}, 0, 0});
  previous.previous_id = "a-000000000000";

  const Assessment next = start_again_from(previous, "a-000000000002", 1700000000000);
  CHECK(next.id == "a-000000000002");
  CHECK(next.framework_id == "core");
  CHECK(next.framework_version == "1.0");
  CHECK(next.role_id == "gp-receptionist");
  CHECK(next.role_title == "Receptionist (GP practice)");
  CHECK(next.tier == 3);
  CHECK(next.settings == std::vector<std::string>{"community"});
  CHECK(next.capability_ids == std::vector<std::string>{"A1", "B1", "C1"});
  CHECK(next.created_at == 1700000000000);
  CHECK(next.updated_at == 1700000000000);
  CHECK(next.answers.empty());
  CHECK(next.plan.empty());
  CHECK(next.current_index == 0);
  CHECK_FALSE(next.finished);
  CHECK(next.previous_id == "a-000000000001");
  CHECK(next.answered_count() == 0);
}
