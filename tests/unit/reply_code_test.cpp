// Supervision replies: the manager's view in a link, checked on the way back in,
// bound to the answers it was written for, and merged into the person's plan once.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "app/core/reply_code.h"
#include "app/core/supervision.h"
#include "app/core/team.h"
#include "shipped_data.h"

using namespace capwalk;
using namespace capwalk::testdata;

namespace {

const char* const kPieces[] = {"a", "Z", " ", "\n", "<", "&", "\"", "\xC3\xA9", "\xE2\x82\xAC", "\xE4\xB8\xAD",
                               "\xF0\x9F\x98\x80", "talk to Sam ", "#v=not-a-code "};

std::string random_text(std::mt19937& rng, std::size_t max_pieces) {
  std::string out;
  for (std::size_t n = std::uniform_int_distribution<std::size_t>(0, max_pieces)(rng); n > 0; --n)
    out += kPieces[std::uniform_int_distribution<std::size_t>(0, std::size(kPieces) - 1)(rng)];
  return out;
}

SupervisionReply random_reply(std::mt19937& rng) {
  SupervisionReply r;
  r.binding = (std::uint64_t{rng()} << 32) | rng();
  r.framework_id = rng() % 2 ? "core" : "nos";
  r.framework_version = "1.0";
  r.days_since_2020 = std::uniform_int_distribution<int>(0, 65535)(rng);
  int position = -1;
  for (int n = std::uniform_int_distribution<int>(0, 30)(rng); n > 0; --n) {
    CapabilityView v;
    position += std::uniform_int_distribution<int>(1, 200)(rng);
    v.position = position;
    v.kind = static_cast<ViewKind>(rng() % kViewKindCount);
    if (v.kind == ViewKind::Differently) v.rating = static_cast<Rating>(1 + rng() % kRatingOptionCount);
    v.comment = random_text(rng, 6);
    r.views.push_back(v);
  }
  for (int n = std::uniform_int_distribution<int>(0, 5)(rng); n > 0; --n) {
    AgreedAction a;
    a.position = std::uniform_int_distribution<int>(0, 100000)(rng);
    a.what = "do " + random_text(rng, 5);
    a.by_when = random_text(rng, 3);
    a.support = random_text(rng, 4);
    r.actions.push_back(a);
  }
  r.overall = random_text(rng, 10);
  return r;
}

// A core assessment of every capability, answered in a repeating pattern.
Assessment core_assessment(const std::string& id) {
  Assessment a;
  a.id = id;
  a.framework_id = core().id;
  a.framework_version = core().version;
  a.role_id = "gp-receptionist";
  a.role_title = "GP receptionist";
  a.tier = 1;
  a.updated_at = 1764547200000;  // 2025-12-01
  a.finished = true;
  const Rating cycle[] = {Rating::NotYet, Rating::Developing, Rating::Confident, Rating::NotSure};
  for (std::size_t i = 0; i < core().capabilities.size(); ++i) {
    const std::string& c = core().capabilities[i].id;
    a.capability_ids.push_back(c);
    a.answers[c].rating = cycle[i % 4];
  }
  return a;
}

// What the manager typically sends: a view on every core capability, three of them
// with a short comment, three agreed actions and a short overall comment.
SupervisionReply typical_reply(const Assessment& a) {
  SupervisionReply r;
  r.binding = assessment_binding(a, core());
  r.framework_id = core().id;
  r.framework_version = core().version;
  r.days_since_2020 = 2161;
  for (std::size_t i = 0; i < core().capabilities.size(); ++i) {
    CapabilityView v;
    v.position = static_cast<int>(i);
    if (i == 1) v.kind = ViewKind::Differently, v.rating = Rating::Confident, v.comment = "You handled the call on Monday well.";
    if (i == 4) v.kind = ViewKind::TalkAbout, v.comment = "Let's look at the referral steps.";
    if (i == 9) v.comment = "Agreed, this is a strength.";
    r.views.push_back(v);
  }
  r.actions = {{0, "Do the e-learning module on listening", "End of March", "Protected time, 2 hours"},
               {1, "Shadow the duty worker for a shift", "April", "Ask Sam to arrange it"},
               {4, "Read the referral guide together", "Next supervision", ""}};
  r.overall = "Good progress this year; keep going with the listening skills.";
  return r;
}

const char* const kShipped[] = {"core", "esc", "nos", "peer-support"};

AppState person_with(std::vector<Assessment> assessments) {
  AppState s;
  for (const char* id : kShipped)
    REQUIRE_FALSE(has_errors(s.library.add_shipped_framework(read_source_file(std::string("frameworks/") + id + ".json"))));
  REQUIRE_FALSE(has_errors(s.library.set_shipped_roles(read_source_file("frameworks/roles.json"))));
  s.stored.assessments = std::move(assessments);
  return s;
}

}  // namespace

TEST_CASE("Ten thousand random replies come back the same") {
  std::mt19937 rng(1812);
  for (int i = 0; i < 10000; ++i) {
    const SupervisionReply r = random_reply(rng);
    const std::string code = encode_reply(r);
    const ReplyDecode back = decode_reply(code);
    INFO(i << " " << code);
    REQUIRE(back.error == ShareError::None);
    REQUIRE(back.reply == r);
    CHECK(decode_reply("#v=" + code).reply == r);
  }
}

TEST_CASE("Every single-character change and every truncation of a reply is refused") {
  const Assessment a = core_assessment("a-1");
  const std::string code = encode_reply(typical_reply(a));
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  int changes = 0;
  for (std::size_t i = 0; i < code.size(); ++i)
    for (char c : kAlphabet) {
      if (c == code[i]) continue;
      std::string changed = code;
      changed[i] = c;
      ++changes;
      INFO(i << " " << c);
      REQUIRE(decode_reply(changed).error != ShareError::None);
    }
  CHECK(changes == static_cast<int>(code.size()) * 63);
  for (std::size_t n = 0; n < code.size(); ++n) {
    INFO(n);
    REQUIRE(decode_reply(code.substr(0, n)).error != ShareError::None);
  }
}

TEST_CASE("A results link is not a reply, and a reply is not a results link") {
  const Assessment a = core_assessment("a-1");
  const std::string results = encode_share_code(a, core(), false);
  CHECK(decode_reply(results).error == ShareError::NotReply);
  const std::string reply = encode_reply(typical_reply(a));
  CHECK(decode_share_code(reply).error == ShareError::IsReply);
  CHECK(std::string(share_error_message(ShareError::IsReply)).find("reply") != std::string::npos);
}

TEST_CASE("The typical reply fits in 600 characters") {
  const std::string code = encode_reply(typical_reply(core_assessment("a-1")));
  INFO(code.size());
  CHECK(code.size() <= 600);
}

TEST_CASE("A reply is bound to the answers it was written for") {
  const Assessment shared = core_assessment("a-shared");
  const SupervisionReply reply = typical_reply(shared);
  // The manager's side sees only the link: the binding must be the same from there.
  CHECK(results_binding(decode_share_code(encode_share_code(shared, core(), true)).results) == reply.binding);

  Assessment other = core_assessment("a-other");
  other.answers[other.capability_ids[3]].rating = Rating::CouldSupportOthers;
  Assessment planned = shared;
  planned.plan.push_back({shared.capability_ids[0], "goal", "action", "soon", "help", {}, 0, 0});
  planned.updated_at += 86400000 * 3;  // written days later
  CHECK(assessment_binding(planned, core()) == reply.binding);
  CHECK(assessment_binding(other, core()) != reply.binding);

  AppState person = person_with({other});
  CHECK(find_answered(person, reply) == nullptr);
  person.stored.assessments.push_back(planned);
  REQUIRE(find_answered(person, reply) != nullptr);
  CHECK(find_answered(person, reply)->id == "a-shared");
}

TEST_CASE("Agreed actions join the plan once, and the person's ratings never change") {
  Assessment a = core_assessment("a-1");
  a.plan.push_back({a.capability_ids[0], "Listen better", "", "", "My team", {}, 0, 0});
  const auto answers = a.answers;
  const SupervisionReply reply = typical_reply(a);
  CHECK(merge_agreed_actions(a, core(), reply) == 3);
  REQUIRE(a.plan.size() == 3);
  CHECK(a.plan[0].goal == "Listen better");
  CHECK(a.plan[0].action == "Do the e-learning module on listening");
  CHECK(a.plan[0].by_when == "End of March");
  CHECK(a.plan[0].support == "My team\nProtected time, 2 hours");
  CHECK(a.plan[1].capability_id == a.capability_ids[1]);
  CHECK(a.plan[2].support.empty());
  const auto plan = a.plan;
  CHECK(merge_agreed_actions(a, core(), reply) == 0);
  CHECK(a.plan == plan);
  CHECK(a.answers == answers);
}

TEST_CASE("Opening a reply adds it once; elsewhere it says why nothing was added") {
  const Assessment a = core_assessment("a-1");
  const std::string code = encode_reply(typical_reply(a));
  AppState person = person_with({a});
  open_reply_link(person, code, 1765000000000);
  REQUIRE(person.sharing.opened_reply);
  CHECK(person.sharing.opened_reply->outcome == ReplyOutcome::Added);
  CHECK(person.sharing.opened_reply->message.find("actions you agreed are in your plan") != std::string::npos);
  CHECK(person.nav.current() == Screen::Reply);
  const StoredData after_first = person.stored;
  CHECK(after_first.assessments[0].replies == std::vector<std::string>{code});
  CHECK(after_first.assessments[0].plan.size() == 3);
  CHECK(after_first.assessments[0].answers == a.answers);
  open_reply_link(person, "#v=" + code, 1766000000000);
  CHECK(person.sharing.opened_reply->outcome == ReplyOutcome::AlreadyAdded);
  CHECK(person.stored == after_first);
  // Taken out of the plan since: opening the reply again does not put it back.
  person.stored.assessments[0].plan.pop_back();
  const StoredData edited = person.stored;
  open_reply_link(person, code, 1766000000000);
  CHECK(person.sharing.opened_reply->outcome == ReplyOutcome::AlreadyAdded);
  CHECK(person.stored == edited);
  person.stored = after_first;

  SupervisionReply no_actions = typical_reply(a);
  no_actions.actions.clear();
  AppState viewed_only = person_with({a});
  open_reply_link(viewed_only, encode_reply(no_actions), 1765000000000);
  CHECK(viewed_only.sharing.opened_reply->message == "Your manager's view is now beside your own ratings in your results.");
  CHECK(viewed_only.stored.assessments[0].plan.empty());

  AppState elsewhere = person_with({core_assessment("a-2")});
  elsewhere.stored.assessments[0].answers.begin()->second.rating = Rating::CouldSupportOthers;
  const StoredData before = elsewhere.stored;
  open_reply_link(elsewhere, code, 1765000000000);
  CHECK(elsewhere.sharing.opened_reply->outcome == ReplyOutcome::NotOnDevice);
  CHECK(elsewhere.stored == before);

  Assessment again = start_again_from(a, "a-3", 1765000000000);
  AppState restarted = person_with({a, again});
  open_reply_link(restarted, code, 1765000000000);
  CHECK(restarted.sharing.opened_reply->outcome == ReplyOutcome::StartedAgain);
  CHECK(restarted.stored.assessments[0].replies.empty());
  CHECK(restarted.stored.assessments[0].plan.empty());

  AppState kiosk = person_with({a});
  kiosk.kiosk.active = true;
  open_reply_link(kiosk, code, 1765000000000);
  CHECK(kiosk.sharing.opened_reply->outcome == ReplyOutcome::ShownOnly);
  CHECK(kiosk.stored.assessments[0] == a);

  std::string damaged = code;
  damaged[10] = damaged[10] == 'A' ? 'B' : 'A';
  open_reply_link(person, damaged, 1767000000000);
  CHECK(person.sharing.opened_reply->outcome == ReplyOutcome::Refused);
  CHECK(person.sharing.opened_reply->message.find("damaged") != std::string::npos);
  CHECK(person.stored == after_first);
}

TEST_CASE("Both views are side by side, the ones to talk about first") {
  const Assessment a = core_assessment("a-1");
  const std::vector<ViewPair> pairs = side_by_side(a, core(), typical_reply(a));
  REQUIRE(pairs.size() == a.capability_ids.size());
  CHECK(pairs[0].capability_id == a.capability_ids[1]);
  CHECK(pairs[0].own == Rating::Developing);
  CHECK(pairs[0].view.rating == Rating::Confident);
  CHECK(pair_text(pairs[0], "Your manager") == "Your rating: Developing. Your manager: sees it differently: Confident.");
  CHECK(pairs[1].capability_id == a.capability_ids[4]);
  CHECK_FALSE(pairs[2].to_talk_about());
}

TEST_CASE("The manager's view is kept with the team member, and a view for other results is kept aside") {
  const Assessment a = core_assessment("a-1");
  Team team;
  REQUIRE(add_to_team(team, encode_share_code(a, core(), false)).added == 1);
  team.members[0].view = typical_reply(a);
  Team back;
  REQUIRE(team_from_json(team_to_json(team), back));
  REQUIRE(back.members.size() == 1);
  REQUIRE(back.members[0].view);
  CHECK(*back.members[0].view == *team.members[0].view);

  SupervisionReply other = typical_reply(a);
  other.binding ^= 1;
  team.members[0].view = other;
  Team kept;
  REQUIRE(team_from_json(team_to_json(team), kept));
  CHECK(kept.members.empty());
  REQUIRE(kept.kept.size() == 1);
  CHECK(team_to_json(kept) == team_to_json(team));
}
