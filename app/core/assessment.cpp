#include "assessment.h"

#include <algorithm>
#include <set>

namespace capwalk {

// ---- Ratings ----

namespace {

constexpr std::array<RatingInfo, kRatingOptionCount> kRatingOptions = {{
    {Rating::NotYet, "Not yet",
     "I haven't done this yet, or I wouldn't know where to start.", "not-yet"},
    {Rating::Developing, "Developing",
     "I can do some of this, but I'd like more practice or support.", "developing"},
    {Rating::Confident, "Confident", "I do this well in my everyday work.", "confident"},
    {Rating::CouldSupportOthers, "Could support others",
     "I could guide or teach colleagues in this.", "could-support-others"},
    {Rating::NotHadOpportunity, "Not had the opportunity",
     "My work hasn't given me the chance to do this yet.", "not-had-opportunity"},
    {Rating::NotSure, "Not sure", "I can't tell how well I do this.", "not-sure"},
}};

// A missing entry would be left as Unanswered, so this also checks none is missing.
constexpr bool in_rating_order(const std::array<RatingInfo, kRatingOptionCount>& options) {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].rating != static_cast<Rating>(i + 1)) return false;
  return true;
}
static_assert(in_rating_order(kRatingOptions), "rating options in Rating order, one each");

}  // namespace

const std::array<RatingInfo, kRatingOptionCount>& rating_options() { return kRatingOptions; }

const RatingInfo* rating_info(Rating rating) {
  for (const RatingInfo& info : rating_options())
    if (info.rating == rating) return &info;
  return nullptr;
}

Rating rating_from_key(const std::string& key) {
  for (const RatingInfo& info : rating_options())
    if (key == info.key) return info.rating;
  return Rating::Unanswered;
}

int rating_level(Rating rating) {
  switch (rating) {
    case Rating::NotYet: return 0;
    case Rating::Developing: return 1;
    case Rating::Confident: return 2;
    case Rating::CouldSupportOthers: return 3;
    case Rating::Unanswered:
    case Rating::NotHadOpportunity:
    case Rating::NotSure: break;
  }
  return -1;
}

// ---- Assessment ----

namespace {
// The answer given for `capability_id`, or Unanswered.
Rating rating_of(const Assessment& a, const std::string& capability_id) {
  auto it = a.answers.find(capability_id);
  return it == a.answers.end() ? Rating::Unanswered : it->second.rating;
}

bool wants_training_for(const Assessment& a, const std::string& capability_id) {
  auto it = a.answers.find(capability_id);
  return it != a.answers.end() && it->second.wants_training;
}

bool is_strength(Rating r) { return r == Rating::Confident || r == Rating::CouldSupportOthers; }
}  // namespace

int Assessment::answered_count() const {
  int n = 0;
  for (const std::string& capability_id : capability_ids)
    if (rating_of(*this, capability_id) != Rating::Unanswered) ++n;
  return n;
}

int Assessment::page_index() const {
  const int last = static_cast<int>(capability_ids.size()) - 1;
  return std::clamp(current_index, 0, std::max(last, 0));
}

bool Assessment::operator==(const Assessment& o) const {
  return id == o.id && framework_id == o.framework_id && framework_version == o.framework_version &&
         role_id == o.role_id && role_title == o.role_title && tier == o.tier &&
         settings == o.settings && created_at == o.created_at && updated_at == o.updated_at &&
         capability_ids == o.capability_ids && answers == o.answers &&
         current_index == o.current_index && finished == o.finished && plan == o.plan &&
         previous_id == o.previous_id && replies == o.replies;
}

// ---- Tier ----

int suggest_tier(ContactFrequency frequency, Autonomy autonomy) {
  if (frequency == ContactFrequency::Rarely) return 1;
  if (frequency == ContactFrequency::Often && autonomy == Autonomy::OnMyOwn) return 3;
  return 2;
}

std::vector<std::string> statements_for_tier(const Capability& capability, int tier) {
  // A capability without tier statements (an untiered framework such as the ESC) is
  // described by its indicators, whatever the tier.
  if (capability.tiers.empty()) return capability.indicators;
  std::vector<std::string> out;
  for (const auto& [level, statements] : capability.tiers) {  // std::map: ascending levels
    if (level < kFirstTier || level > tier) continue;
    out.insert(out.end(), statements.begin(), statements.end());
  }
  return out;
}

TierStatements statements_by_tier(const Capability& capability, int tier) {
  TierStatements out;
  const auto own = capability.tiers.find(tier);
  if (capability.tiers.empty() || own == capability.tiers.end() || own->second.empty()) {
    out.at_tier = statements_for_tier(capability, tier);
    return out;
  }
  out.at_tier = own->second;
  for (const auto& [level, statements] : capability.tiers) {  // std::map: ascending levels
    if (level < kFirstTier || level >= tier || statements.empty()) continue;
    out.lower.insert(out.lower.end(), statements.begin(), statements.end());
    out.lower_levels.push_back(level);
  }
  return out;
}

std::vector<std::string> walk_order(const Framework& framework, std::vector<std::string> capability_ids,
                                    const std::vector<std::string>& settings) {
  std::map<std::string, std::pair<int, std::size_t>> rank;  // id -> (group, framework position)
  for (std::size_t p = 0; p < framework.capabilities.size(); ++p) {
    const Capability& c = framework.capabilities[p];
    rank[c.id] = {-static_cast<int>(emphasis_in(c, settings)), p};
  }
  const auto key = [&](const std::string& id) {
    auto it = rank.find(id);
    return it == rank.end() ? std::make_pair(1, framework.capabilities.size()) : it->second;
  };
  std::stable_sort(capability_ids.begin(), capability_ids.end(),
                   [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  return capability_ids;
}

bool is_skipped(const Assessment& assessment, const Capability& capability) {
  auto it = assessment.answers.find(capability.id);
  return it != assessment.answers.end() && it->second.skipped &&
         it->second.rating == Rating::Unanswered &&
         emphasis_in(capability, assessment.settings) == Emphasis::Optional;
}

std::vector<std::string> capabilities_for(const Framework& framework, const Role* role, int tier,
                                          const std::vector<std::string>& settings) {
  std::vector<const Capability*> candidates;
  if (role) {
    candidates = relevant_capabilities(*role, framework);
  } else {
    for (const Capability& c : framework.capabilities) candidates.push_back(&c);
  }
  std::vector<std::string> out;
  for (const Capability* c : candidates)
    if (!statements_for_tier(*c, tier).empty()) out.push_back(c->id);
  return walk_order(framework, std::move(out), settings);
}

// ---- Results ----

// Capability ids the framework does not have (they can be left in an assessment after
// a framework update removed or renamed a capability) are skipped everywhere: they
// count neither in the totals nor in any list. A repeated id is counted once.
Results compute_results(const Assessment& assessment, const Framework& framework) {
  Results results;

  std::vector<const Capability*> walked;
  std::set<std::string> seen;
  for (const std::string& id : assessment.capability_ids) {
    const Capability* c = framework.find_capability(id);
    if (c && seen.insert(id).second) walked.push_back(c);
  }

  for (const Domain& d : framework.domains) {
    DomainResult dr;
    dr.domain_id = d.id;
    dr.title = d.title;
    for (const RatingInfo& info : rating_options()) dr.counts[info.rating] = 0;
    for (const Capability* c : walked) {
      if (c->domain != d.id) continue;
      ++dr.total;
      const Rating r = rating_of(assessment, c->id);
      if (r == Rating::Unanswered) continue;
      ++dr.answered;
      ++dr.counts[r];
    }
    if (dr.total > 0) results.domains.push_back(std::move(dr));
  }

  for (const Capability* c : walked) {
    if (is_skipped(assessment, *c)) {
      results.skipped.push_back(c->id);
      continue;
    }
    ++results.total;
    const Rating r = rating_of(assessment, c->id);
    if (r == Rating::Unanswered) continue;
    ++results.answered;
    const bool training = wants_training_for(assessment, c->id);
    if (is_strength(r)) results.strengths.push_back(c->id);
    if (r == Rating::NotHadOpportunity || r == Rating::NotSure) results.to_discuss.push_back(c->id);

    Need need;
    need.capability_id = c->id;
    need.rating = r;
    need.wants_training = training;
    need.emphasised = emphasis_in(*c, assessment.settings) == Emphasis::Emphasised;
    if (r == Rating::NotYet) {
      need.gap = 2;
    } else if (r == Rating::Developing) {
      need.gap = 1;
    } else if (is_strength(r) && training) {
      need.gap = 0;
    } else {
      continue;
    }
    results.needs.push_back(std::move(need));
  }

  // Biggest gap first; among equals, what matters most where the person works, then
  // those asking for training; then walk order.
  std::stable_sort(results.needs.begin(), results.needs.end(), [](const Need& a, const Need& b) {
    if (a.gap != b.gap) return a.gap > b.gap;
    if (a.emphasised != b.emphasised) return a.emphasised;
    return a.wants_training && !b.wants_training;
  });
  return results;
}

// ---- Re-assessment ----

// For each capability of `now` (in its order), then each capability only `before`
// walked (in before's order):
//   only in before                         -> NoLongerAsked
//   unanswered now                         -> Same (nothing new to report yet)
//   answered now, unanswered/absent before -> New
//   a level on both sides                  -> Better, Worse or Same by level
//   otherwise (a non-level answer on one or both sides, e.g. Not sure -> Confident,
//   or Developing -> Not had the opportunity)
//                                          -> Same if the ratings are equal, else New
std::vector<Change> compare(const Assessment& now, const Assessment& before) {
  std::vector<Change> out;
  std::set<std::string> seen;
  for (const std::string& id : now.capability_ids) {
    if (!seen.insert(id).second) continue;
    Change ch;
    ch.capability_id = id;
    ch.now = rating_of(now, id);
    ch.before = rating_of(before, id);
    const int ln = rating_level(ch.now), lb = rating_level(ch.before);
    if (ch.now == Rating::Unanswered) {
      ch.kind = ChangeKind::Same;
    } else if (ch.before == Rating::Unanswered) {
      ch.kind = ChangeKind::New;
    } else if (ln >= 0 && lb >= 0) {
      ch.kind = ln > lb ? ChangeKind::Better : ln < lb ? ChangeKind::Worse : ChangeKind::Same;
    } else {
      ch.kind = ch.now == ch.before ? ChangeKind::Same : ChangeKind::New;
    }
    out.push_back(std::move(ch));
  }
  for (const std::string& id : before.capability_ids) {
    if (!seen.insert(id).second) continue;
    Change ch;
    ch.capability_id = id;
    ch.before = rating_of(before, id);
    ch.now = Rating::Unanswered;
    ch.kind = ChangeKind::NoLongerAsked;
    out.push_back(std::move(ch));
  }
  return out;
}

Assessment start_again_from(const Assessment& previous, const std::string& new_id,
                            std::int64_t now_ms) {
  Assessment a;
  a.id = new_id;
  a.framework_id = previous.framework_id;
  a.framework_version = previous.framework_version;
  a.role_id = previous.role_id;
  a.role_title = previous.role_title;
  a.tier = previous.tier;
  a.settings = previous.settings;
  a.created_at = now_ms;
  a.updated_at = now_ms;
  a.capability_ids = previous.capability_ids;
  a.current_index = 0;
  a.finished = false;
  a.previous_id = previous.id;
  return a;
}

}  // namespace capwalk
