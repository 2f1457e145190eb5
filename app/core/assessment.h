// assessment.h — one person's self-assessment against one framework, and what it
// tells them.
//
// An assessment walks through the capabilities that the person's role needs at
// their tier (tiers are cumulative: Tier 2 includes Tier 1 statements). For each
// capability the person picks a rating, may ask for training and may keep a private
// note. Results turn the ratings into strengths, development needs in priority order
// and things to talk through with a manager; a plan records what they will do.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "framework.h"

namespace capwalk {

// The rating options, in the order they are shown. The first four are levels; the
// last two are honest answers that are not gaps.
enum class Rating : std::uint8_t {
  Unanswered = 0,
  NotYet,
  Developing,
  Confident,
  CouldSupportOthers,
  NotHadOpportunity,
  NotSure,
};

// One option per Rating after Unanswered: NotYet (1) .. NotSure (6).
constexpr int kRatingOptionCount = 6;
static_assert(static_cast<int>(Rating::NotSure) == kRatingOptionCount,
              "every Rating but Unanswered is an option");

struct RatingInfo {
  Rating rating;
  const char* label;        // "Not yet"
  const char* explanation;  // one plain line
  const char* key;          // stable id for storage and share codes: "not-yet"
};
// The options in display order, which is Rating order: rating_options()[i].rating is
// Rating(i + 1). The capability screen's number keys follow it.
const std::array<RatingInfo, kRatingOptionCount>& rating_options();
const RatingInfo* rating_info(Rating rating);  // nullptr for Unanswered
Rating rating_from_key(const std::string& key);  // Unanswered if unknown
// Level 0 (Not yet) .. 3 (Could support others); -1 for the non-level answers and Unanswered.
int rating_level(Rating rating);

struct Answer {
  Rating rating = Rating::Unanswered;
  bool wants_training = false;
  std::string note;  // private
  // "Skip this capability" on a capability optional where the person works. It counts
  // only while the capability is optional in the assessment's settings (is_skipped()),
  // so changing the settings back and forth loses nothing; rating it clears it.
  bool skipped = false;
  bool operator==(const Answer& o) const {
    return rating == o.rating && wants_training == o.wants_training && note == o.note &&
           skipped == o.skipped;
  }
};

struct PlanItem {
  std::string capability_id;
  std::string goal, action, by_when, support;
  std::vector<std::string> learning;  // ids of learning resources added with "Add to my plan"
  std::int64_t booked_at = 0;         // when marked Booked, ms since 1970 (UTC); 0: not
  std::int64_t done_at = 0;           // when marked Done; 0: not
  bool operator==(const PlanItem& o) const {
    return capability_id == o.capability_id && goal == o.goal && action == o.action &&
           by_when == o.by_when && support == o.support && learning == o.learning &&
           booked_at == o.booked_at && done_at == o.done_at;
  }
};

struct Assessment {
  std::string id;                 // unique, e.g. "a-5f3c9e01b2d4"
  std::string framework_id, framework_version;
  std::string role_id;            // empty when the person's role is not listed
  std::string role_title;         // as shown when the assessment was made
  int tier = kFirstTier;          // kFirstTier..kLastTier
  std::vector<std::string> settings;  // where the person works (setting ids); none: not said
  std::int64_t created_at = 0;    // milliseconds since 1970 (UTC)
  std::int64_t updated_at = 0;
  std::vector<std::string> capability_ids;  // walked through, in order (walk_order())
  std::map<std::string, Answer> answers;    // by capability id
  int current_index = 0;          // the capability page the person is on
  bool finished = false;          // reached the results
  std::vector<PlanItem> plan;
  std::string previous_id;        // the assessment this one starts again from
  // Managers' replies to these results (reply_code.h), as their codes, oldest first:
  // the latest is shown beside the person's own ratings (supervision.h).
  std::vector<std::string> replies;

  int answered_count() const;
  // The capability page to show: current_index moved into capability_ids (0 when there
  // are none), as a stored index may point past a list that has since got shorter.
  int page_index() const;
  bool operator==(const Assessment& o) const;
};

// ---- Tier ----

enum class ContactFrequency { Rarely, Sometimes, Often };   // "How often do you support..."
enum class Autonomy { WithOthers, Partly, OnMyOwn };        // "How much ... on your own?"
// Rarely -> 1; Often and on my own -> 3; otherwise 2.
int suggest_tier(ContactFrequency frequency, Autonomy autonomy);

// The statements a person at `tier` is asked about: every tier level <= tier, in
// order, or the indicators when the framework has no tiers.
std::vector<std::string> statements_for_tier(const Capability& capability, int tier);

// The same statements split for a page that puts the person's own tier first: those
// written for `tier` itself, and those of the lower tiers it builds on (with their
// levels, ascending), which a page may fold away. When `tier` has none of its own, or
// the framework has no tiers, everything is in `at_tier` and nothing is folded.
struct TierStatements {
  std::vector<std::string> at_tier;
  std::vector<std::string> lower;
  std::vector<int> lower_levels;
};
TierStatements statements_by_tier(const Capability& capability, int tier);

// The capabilities to walk through: those the role needs (all of them when `role`
// is null) that have something to say at `tier`, in walk_order() for `settings`.
std::vector<std::string> capabilities_for(const Framework& framework, const Role* role, int tier,
                                          const std::vector<std::string>& settings);

// The order a person in `settings` walks `capability_ids` in: those emphasised there
// first, then the core ones, then the optional ones, each group in framework order.
// Ids the framework does not have keep their place at the end.
std::vector<std::string> walk_order(const Framework& framework, std::vector<std::string> capability_ids,
                                    const std::vector<std::string>& settings);

// Whether the person skipped `capability` and it is still optional where they work.
bool is_skipped(const Assessment& assessment, const Capability& capability);

// ---- Results ----

struct DomainResult {
  std::string domain_id, title;
  int total = 0, answered = 0;
  std::map<Rating, int> counts;  // answered capabilities per rating
};

struct Need {
  std::string capability_id;
  Rating rating = Rating::Unanswered;
  bool wants_training = false;
  int gap = 0;  // how far below Confident: Not yet 2, Developing 1, Confident+training 0
  bool emphasised = false;  // emphasised where the person works
};

struct Results {
  int answered = 0, total = 0;
  std::vector<DomainResult> domains;       // framework order, only domains walked
  std::vector<std::string> strengths;      // Confident or Could support others
  // Priority order: gap; among equal gaps those emphasised where the person works, then
  // those asking for training; then walk order.
  std::vector<Need> needs;
  std::vector<std::string> to_discuss;     // Not had the opportunity, Not sure
  std::vector<std::string> skipped;        // optional where the person works, and skipped
};

Results compute_results(const Assessment& assessment, const Framework& framework);

// ---- Re-assessment ----

enum class ChangeKind { Better, Worse, Same, New, NoLongerAsked };
struct Change {
  std::string capability_id;
  Rating before = Rating::Unanswered, now = Rating::Unanswered;
  ChangeKind kind = ChangeKind::Same;
};
// Per capability of either assessment, `now`'s first, how the rating moved:
//   Better, Worse or Same  both answers are levels (Not yet .. Could support others),
//                          compared by level;
//   Same                   the same answer both times, or no answer now;
//   New                    an answer now and none before, or a different answer where
//                          either is not a level (Not had the opportunity, Not sure);
//   NoLongerAsked          walked before but not now.
std::vector<Change> compare(const Assessment& now, const Assessment& before);

// A new assessment starting from `previous`: same framework, role, tier, settings and
// capabilities, no answers yet, previous_id set.
Assessment start_again_from(const Assessment& previous, const std::string& new_id,
                            std::int64_t now_ms);

}  // namespace capwalk
