#include "service_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "disclosure.h"

namespace capwalk {

namespace {

bool is_need(std::uint8_t cell) {
  const Rating r = cell_rating(cell);
  return (cell & kCellAsked) && (r == Rating::NotYet || r == Rating::Developing);
}

bool small(int n, int smallest) { return n > 0 && n < smallest; }

// Counts by label, largest first; labels in `last` go to the end.
Breakdown breakdown(const std::string& title, const std::map<std::string, int>& counts, const std::string& last) {
  Breakdown out;
  out.title = title;
  for (const auto& [label, n] : counts) out.rows.push_back({label, n, false, {}});
  std::stable_sort(out.rows.begin(), out.rows.end(), [&](const GroupCount& a, const GroupCount& b) {
    if ((a.label == last) != (b.label == last)) return b.label == last;
    return a.people > b.people;
  });
  return out;
}

std::vector<Breakdown> breakdowns(const Team& team, const std::vector<std::size_t>& group, const RoleCatalogue* roles) {
  // Counted by id first, named once per id after: names take a catalogue lookup.
  std::map<std::string, int> by_role, by_setting, by_round;
  std::map<int, int> by_tier;
  for (std::size_t index : group) {
    const TeamMember& m = team.members[index];
    ++by_role[m.results.role_id];
    ++by_tier[m.results.tier];
    if (m.results.settings.empty()) ++by_setting[""];
    for (const std::string& s : m.results.settings) ++by_setting[s];
    ++by_round[m.round];
  }
  std::map<std::string, int> sector, role, tier, setting, round;
  std::map<std::string, std::string> sector_of_role;
  for (const auto& [role_id, n] : by_role) {
    TeamMember member;
    member.results.role_id = role_id;
    const std::string sector_name = sector_name_of(roles, member_sector(member, roles));
    const std::string role_title = role_title_of(roles, role_id);
    sector[sector_name] += n;
    role[role_title] += n;
    sector_of_role[role_title] = sector_name;
  }
  for (const auto& [t, n] : by_tier) tier["Tier " + std::to_string(t)] += n;
  for (const auto& [id, n] : by_setting) setting[id.empty() ? "Setting not given" : setting_names(roles, {id})] += n;
  for (const auto& [name, n] : by_round) round[name.empty() ? "No round" : name] += n;
  std::vector<Breakdown> out = {breakdown("Sector", sector, kRoleNotListed), breakdown("Role", role, kRoleNotListed),
                                breakdown("Tier", tier, ""), breakdown("Setting", setting, "Setting not given"),
                                breakdown("Round", round, "No round")};
  for (GroupCount& row : out[1].rows) row.within = sector_of_role[row.label];
  // Tiers read in order, not by size.
  std::sort(out[2].rows.begin(), out[2].rows.end(),
            [](const GroupCount& a, const GroupCount& b) { return a.label < b.label; });
  out[3].overlapping = true;
  return out;
}

CapabilityFigures figures(const CapabilityTally& t) {
  CapabilityFigures f;
  f.capability_id = t.capability_id;
  f.asked = t.asked;
  int answered = 0;
  for (int r = 1; r <= kRatingOptionCount; ++r) {
    f.counts[static_cast<std::size_t>(r)] = t.count(static_cast<Rating>(r));
    answered += f.counts[static_cast<std::size_t>(r)];
  }
  f.counts[0] = t.asked - answered;
  f.needs = t.count(Rating::NotYet) + t.count(Rating::Developing);
  f.training = t.training_requests;
  return f;
}

std::vector<std::string> top_ids(const std::vector<CapabilityTally>& tallies, std::size_t limit) {
  std::vector<std::string> ids;
  for (const CapabilityTally& t : top_needs(tallies, limit)) ids.push_back(t.capability_id);
  return ids;
}

// ---- The figures of one group, as counted, before anything is hidden ----

struct Inputs {
  const Team& team;
  const TeamAnswers& answers;
  const Framework& framework;
  const RoleCatalogue* roles;
  int smallest;
};

ServiceReport counted(const Inputs& in, const TeamFilter& group) {
  ServiceReport report;
  report.framework_id = in.framework.id;
  report.smallest = in.smallest;
  report.everyone = static_cast<int>(in.answers.members.size());
  report.group_chosen = !group.empty();
  const std::vector<std::size_t> rows = rows_matching(in.team, in.answers, group, in.roles);
  report.people = static_cast<int>(rows.size());
  std::vector<std::size_t> members;
  for (std::size_t i : rows) {
    members.push_back(in.answers.members[i]);
    const std::uint8_t* row = in.answers.row(i);
    bool need = false, not_sure = false;
    for (std::size_t c = 0; c < in.answers.width && !(need && not_sure); ++c) {
      need = need || is_need(row[c]);
      not_sure = not_sure || ((row[c] & kCellAsked) && cell_rating(row[c]) == Rating::NotSure);
    }
    report.with_need += need;
    report.not_sure += not_sure;
  }
  report.breakdowns = breakdowns(in.team, members, in.roles);
  for (const CapabilityTally& t : tally_rows(in.answers, in.framework, rows))
    if (t.asked > 0) report.capabilities.push_back(figures(t));
  return report;
}

// ---- The report's figures as a system of sums (disclosure.h) ----

struct CapabilityIds {
  FigureId asked, needs, training;
  std::array<FigureId, kRatingOptionCount + 1> counts;
};

struct ReportIds {
  FigureId people, with_need, not_sure;
  std::vector<std::vector<FigureId>> rows;  // per breakdown, per row
  std::vector<CapabilityIds> capabilities;
};

// How much a reader needs a figure: hiding costs its weight times its count.
constexpr int kHeadlineWeight = 20, kAskedWeight = 5, kNeedsWeight = 3;

struct TableAdder {
  SumSystem& s;
  bool fixed;  // published by its own report: its hidden figures are given
  bool all_hidden;
  FigureId add(long long value, bool hidden, int weight) {
    return fixed ? s.add_fixed(value, hidden || all_hidden) : s.add(value, FigureKind::Shown, weight);
  }
};

void add_breakdowns(TableAdder& t, const ServiceReport& r, ReportIds& ids) {
  for (const Breakdown& b : r.breakdowns) {
    std::vector<FigureId> row_ids;
    for (const GroupCount& row : b.rows) row_ids.push_back(t.add(row.people, row.hidden, 1));
    if (b.overlapping) {
      for (FigureId id : row_ids) t.s.add_rest(ids.people, id);  // the people not in that setting
    } else {
      t.s.add_sum(ids.people, row_ids);
    }
    ids.rows.push_back(std::move(row_ids));
  }
  // A sector is the sum of its roles.
  const Breakdown& sectors = r.breakdowns[0];
  const Breakdown& role_rows = r.breakdowns[1];
  for (std::size_t i = 0; i < sectors.rows.size(); ++i) {
    std::vector<FigureId> parts;
    for (std::size_t j = 0; j < role_rows.rows.size(); ++j)
      if (role_rows.rows[j].within == sectors.rows[i].label) parts.push_back(ids.rows[1][j]);
    t.s.add_sum(ids.rows[0][i], parts);
  }
}

void add_capabilities(TableAdder& t, const ServiceReport& r, ReportIds& ids) {
  for (const CapabilityFigures& f : r.capabilities) {
    CapabilityIds c;
    c.asked = t.add(f.asked, f.asked_hidden, kAskedWeight);
    for (std::size_t i = 0; i < c.counts.size(); ++i) c.counts[i] = t.add(f.counts[i], f.hidden[i], 1);
    c.needs = t.add(f.needs, f.needs_hidden, kNeedsWeight);
    c.training = t.add(f.training, f.training_hidden, 1);
    t.s.add_sum(c.asked, std::vector<FigureId>(c.counts.begin(), c.counts.end()));
    t.s.add_sum(c.needs, {c.counts[static_cast<std::size_t>(Rating::NotYet)],
                          c.counts[static_cast<std::size_t>(Rating::Developing)]});
    t.s.add_rest(c.asked, c.training);  // the people who did not ask for training
    t.s.add_rest(ids.people, c.asked);  // the people not asked it
    ids.capabilities.push_back(c);
  }
}

ReportIds add_table(SumSystem& s, const ServiceReport& r, bool fixed) {
  TableAdder t{s, fixed, fixed && r.group_hidden};
  ReportIds ids;
  // A report always says how many people it is about: never a figure to hide.
  ids.people = s.add_fixed(r.people, fixed && r.group_hidden);
  ids.with_need = t.add(r.with_need, r.with_need_hidden, kHeadlineWeight);
  ids.not_sure = t.add(r.not_sure, r.not_sure_hidden, kHeadlineWeight);
  s.add_rest(ids.people, ids.with_need);
  s.add_rest(ids.people, ids.not_sure);
  add_breakdowns(t, r, ids);
  add_capabilities(t, r, ids);
  return ids;
}

// whole = Σ parts + (the people in whole and in none of the parts), figure by figure;
// a row or capability a part does not have is 0 there. The parts are disjoint groups
// within whole (one part: a group within a wider one).
struct Table {
  const ServiceReport* report;
  ReportIds ids;
};

void link(SumSystem& s, const Table& whole, const std::vector<Table>& parts) {
  // When every people count is shown, a reader knows how many people the rest are, and
  // so that each of their figures is at most that (all 0 when the parts are the same
  // people as the whole: a sector with one role).
  FigureId rest_people = -1;
  std::vector<FigureId> terms;  // one buffer for every sum below
  const auto sum = [&](FigureId total, auto&& id_in_part) {
    terms.clear();
    long long rest = s.figure(total).value;
    for (const Table& p : parts)
      if (const FigureId id = id_in_part(p); id >= 0) {
        terms.push_back(id);
        rest -= s.figure(id).value;
      }
    const FigureId rest_id = s.add(rest, FigureKind::Derived);
    terms.push_back(rest_id);
    s.add_sum(total, terms);
    if (rest_people >= 0) s.add_at_most(rest_id, rest_people);
    return rest_id;
  };
  const ServiceReport& w = *whole.report;
  const FigureId people_rest = sum(whole.ids.people, [](const Table& p) { return p.ids.people; });
  bool people_known = s.known(whole.ids.people);
  for (const Table& p : parts) people_known = people_known && s.known(p.ids.people);
  if (people_known) rest_people = s.add_fixed(s.figure(people_rest).value, false);
  sum(whole.ids.with_need, [](const Table& p) { return p.ids.with_need; });
  sum(whole.ids.not_sure, [](const Table& p) { return p.ids.not_sure; });
  for (std::size_t b = 0; b < w.breakdowns.size(); ++b)
    for (std::size_t i = 0; i < w.breakdowns[b].rows.size(); ++i)
      sum(whole.ids.rows[b][i], [&](const Table& p) -> FigureId {
        const std::vector<GroupCount>& rows = p.report->breakdowns[b].rows;
        for (std::size_t j = 0; j < rows.size(); ++j)
          if (rows[j].label == w.breakdowns[b].rows[i].label) return p.ids.rows[b][j];
        return -1;
      });
  // Each part's capabilities by id, looked up once per capability of the whole.
  std::vector<std::map<std::string, const CapabilityIds*>> by_id(parts.size());
  for (std::size_t p = 0; p < parts.size(); ++p)
    for (std::size_t j = 0; j < parts[p].report->capabilities.size(); ++j)
      by_id[p].emplace(parts[p].report->capabilities[j].capability_id, &parts[p].ids.capabilities[j]);
  std::vector<const CapabilityIds*> in_part(parts.size());
  for (std::size_t i = 0; i < w.capabilities.size(); ++i) {
    for (std::size_t p = 0; p < parts.size(); ++p) {
      const auto found = by_id[p].find(w.capabilities[i].capability_id);
      in_part[p] = found == by_id[p].end() ? nullptr : found->second;
    }
    const auto of = [&](const Table& p) { return in_part[static_cast<std::size_t>(&p - parts.data())]; };
    const CapabilityIds& c = whole.ids.capabilities[i];
    const auto figure_of = [&](FigureId CapabilityIds::*field) {
      return [&, field](const Table& p) { const CapabilityIds* pc = of(p); return pc ? pc->*field : -1; };
    };
    sum(c.asked, figure_of(&CapabilityIds::asked));
    sum(c.needs, figure_of(&CapabilityIds::needs));
    sum(c.training, figure_of(&CapabilityIds::training));
    for (std::size_t k = 0; k < c.counts.size(); ++k)
      sum(c.counts[k], [&](const Table& p) { const CapabilityIds* pc = of(p); return pc ? pc->counts[k] : -1; });
  }
}

void take_hidden(const SumSystem& s, const ReportIds& ids, ServiceReport& r) {
  r.with_need_hidden = s.hidden(ids.with_need);
  r.not_sure_hidden = s.hidden(ids.not_sure);
  for (std::size_t b = 0; b < r.breakdowns.size(); ++b)
    for (std::size_t j = 0; j < r.breakdowns[b].rows.size(); ++j) r.breakdowns[b].rows[j].hidden = s.hidden(ids.rows[b][j]);
  for (std::size_t i = 0; i < r.capabilities.size(); ++i) {
    CapabilityFigures& f = r.capabilities[i];
    const CapabilityIds& c = ids.capabilities[i];
    f.asked_hidden = s.hidden(c.asked);
    for (std::size_t k = 0; k < f.counts.size(); ++k) f.hidden[k] = s.hidden(c.counts[k]);
    f.needs_hidden = s.hidden(c.needs);
    f.training_hidden = s.hidden(c.training);
    f.all_hidden = small(f.asked, r.smallest);
  }
}

// Calls both(flag in a, the same figure's flag in b) for each figure of two reports
// about the same people (the same breakdown rows and capabilities).
template <typename A, typename B, typename Both>
void each_figure_pair(A& a, B& b, Both both) {
  both(a.with_need_hidden, b.with_need_hidden);
  both(a.not_sure_hidden, b.not_sure_hidden);
  for (std::size_t i = 0; i < a.breakdowns.size(); ++i)
    for (std::size_t j = 0; j < a.breakdowns[i].rows.size(); ++j) both(a.breakdowns[i].rows[j].hidden, b.breakdowns[i].rows[j].hidden);
  for (std::size_t i = 0; i < a.capabilities.size(); ++i) {
    auto& f = a.capabilities[i];
    auto& g = b.capabilities[i];
    both(f.asked_hidden, g.asked_hidden);
    for (std::size_t k = 0; k < f.hidden.size(); ++k) both(f.hidden[k], g.hidden[k]);
    both(f.needs_hidden, g.needs_hidden);
    both(f.training_hidden, g.training_hidden);
  }
}

// Hides in `into` whatever `from` (the same group's figures) hides.
void add_hidden(ServiceReport& into, const ServiceReport& from) {
  each_figure_pair(into, from, [](bool& x, bool y) { x = x || y; });
}

// How many of a report's figures are hidden (all of a capability's when too few were asked it).
int hidden_figures(const ServiceReport& r) {
  int n = r.with_need_hidden + r.not_sure_hidden;
  for (const Breakdown& b : r.breakdowns)
    for (const GroupCount& row : b.rows) n += row.hidden;
  for (const CapabilityFigures& f : r.capabilities) {
    const int figures = static_cast<int>(f.hidden.size()) + 3;
    n += f.all_hidden ? figures
                      : static_cast<int>(std::count(f.hidden.begin(), f.hidden.end(), true)) + f.asked_hidden +
                            f.needs_hidden + f.training_hidden;
  }
  return n;
}

std::string sector_of_role(const std::string& role_id, const RoleCatalogue* roles) {
  const Role* role = roles ? roles->find_role(role_id) : nullptr;
  return role ? role->sector : std::string();
}

// The group a role's group sits in: the same choices with the role's sector for the
// role (its sector holds everyone in it).
TeamFilter in_sector_of_role(TeamFilter g, const RoleCatalogue* roles) {
  if (!g.sector.empty()) {
    g.role_id.clear();
    return g;
  }
  g.sector = sector_of_role(g.role_id, roles);
  g.role_id.clear();
  return g;
}

// One name for one group of people: a role with its own sector is the role alone.
TeamFilter canonical(TeamFilter g, const RoleCatalogue* roles) {
  if (!g.role_id.empty() && !g.sector.empty() && sector_of_role(g.role_id, roles) == g.sector) g.sector.clear();
  return g;
}

// The reports a group's report could be set beside: everyone's and each group one
// choice short of it (a role's sector is added by the caller).
std::vector<TeamFilter> one_choice_wider(const TeamFilter& g) {
  std::vector<TeamFilter> out;
  if (g.empty()) return out;
  out.push_back(TeamFilter{});
  for (std::string TeamFilter::*field : {&TeamFilter::sector, &TeamFilter::role_id, &TeamFilter::setting, &TeamFilter::round}) {
    if ((g.*field).empty()) continue;
    TeamFilter wider = g;
    (wider.*field).clear();
    if (!wider.empty()) out.push_back(wider);
  }
  return out;
}

std::string key_of(const TeamFilter& f) { return f.sector + '\n' + f.role_id + '\n' + f.setting + '\n' + f.round; }

// The families a group's report is protected in. A person has one sector, one role and
// one round (settings overlap, and are only set beside the wider group, or the one role
// or sector all their people have: hide_as_same_people). Sectors and
// roles are one family, "who": the sectors of a group add up to it and the roles of a
// sector add up to the sector, so an analyst holding every sector's and every role's
// report at once works with both sums together.
enum class FamilyKind { Who, Round };

// The group a family's members split: the group without its sector and role, or
// without its round.
TeamFilter family_parent(TeamFilter g, FamilyKind kind) {
  if (kind == FamilyKind::Who) {
    g.sector.clear();
    g.role_id.clear();
  } else {
    g.round.clear();
  }
  return g;
}

// Builds each group's protected report once. A group's figures are set beside those of
// its wider groups (everyone's, each one choice short of it, and a role's sector), and
// beside those of the other groups of its family within the family's parent (every
// sector and every role of everyone, or every round), which are protected together, so
// that everyone less every other sector's or role's figures gives nothing away either.
// The who and round families are protected one at a time: see disclosure.h's known limits.
class ReportMaker {
 public:
  ReportMaker(const Inputs& in, bool unprotected) : in_(in), unprotected_(unprotected) {}

  const ServiceReport& report(const TeamFilter& chosen) {
    const TeamFilter group = canonical(chosen, in_.roles);
    const std::string key = key_of(group);
    if (auto it = made_.find(key); it != made_.end()) return it->second;
    ServiceReport r = alone(group);
    if (!unprotected_) {
      std::vector<FamilyKind> kinds;
      if (!group.sector.empty() || !group.role_id.empty()) kinds.push_back(FamilyKind::Who);
      if (!group.round.empty()) kinds.push_back(FamilyKind::Round);
      for (FamilyKind kind : kinds)
        if (!r.group_hidden) {
          const ServiceReport* in_family = family_figures(group, kind);
          if (!in_family || in_family->group_hidden) r.group_hidden = true;
          else add_hidden(r, *in_family);
        }
      if (!r.group_hidden && !group.setting.empty()) hide_as_same_people(group, r);
    }
    return made_.emplace(key, std::move(r)).first->second;
  }

 private:
  // The group's report protected beside its wider groups only: whether it can be shown
  // at all, before its family is considered.
  const ServiceReport& alone(const TeamFilter& chosen) {
    const TeamFilter group = canonical(chosen, in_.roles);
    const std::string key = key_of(group);
    if (auto it = alone_.find(key); it != alone_.end()) return it->second;
    std::vector<const ServiceReport*> wider;
    for (const TeamFilter& w : one_choice_wider(group)) wider.push_back(&report(w));
    // A role's sector is in the role's own family, so its report there is not made yet:
    // the role is set beside the sector's figures protected beside its wider groups,
    // which hide no more than its finished report, and the family ties the two.
    if (!group.role_id.empty() && group.sector.empty())
      if (const TeamFilter sector = in_sector_of_role(group, in_.roles); !sector.sector.empty())
        wider.push_back(&alone(sector));
    ServiceReport r = counted(in_, group);
    if (!unprotected_) {
      r.group_hidden = too_small(r.people, wider);
      if (!r.group_hidden) protect_figures(r, wider);
    }
    return alone_.emplace(key, std::move(r)).first->second;
  }

  // A setting is set beside its wider group only, but its people may all be one role's
  // or one sector's (every GP receptionist works in the community, say), and its own
  // breakdowns say so: then the two reports are the same figures, and the setting's
  // hides whatever the role's or sector's hides, so neither shows what the other hides
  // for its family.
  void hide_as_same_people(const TeamFilter& group, ServiceReport& r) {
    const std::vector<std::size_t> rows = rows_matching(in_.team, in_.answers, group, in_.roles);
    for (const TeamFilter& who : same_people_without_setting(group, rows)) {
      if (rows_matching(in_.team, in_.answers, who, in_.roles) != rows) continue;
      const ServiceReport& same = report(who);
      if (same.group_hidden) r.group_hidden = true;
      else add_hidden(r, same);
    }
  }

  // The group without its setting and with the one role, or the one sector, its people
  // all have, where the group does not name it already.
  std::vector<TeamFilter> same_people_without_setting(const TeamFilter& group, const std::vector<std::size_t>& rows) const {
    std::set<std::string> roles, sectors;
    for (std::size_t i : rows) {
      const TeamMember& m = in_.team.members[in_.answers.members[i]];
      roles.insert(m.results.role_id);
      sectors.insert(member_sector(m, in_.roles));
    }
    std::vector<TeamFilter> out;
    TeamFilter without = group;
    without.setting.clear();
    if (group.role_id.empty() && roles.size() == 1 && !roles.begin()->empty()) {
      TeamFilter g = without;
      g.role_id = *roles.begin();
      out.push_back(canonical(g, in_.roles));
    }
    if (group.role_id.empty() && group.sector.empty() && sectors.size() == 1 && !sectors.begin()->empty()) {
      TeamFilter g = without;
      g.sector = *sectors.begin();
      out.push_back(g);
    }
    return out;
  }

  bool too_small(int people, const std::vector<const ServiceReport*>& wider) const {
    bool hidden = people == 0 || small(people, in_.smallest);
    // The same people as a wider group that is not shown (a sector's one role) are not
    // shown either: its report would be theirs.
    for (const ServiceReport* w : wider)
      hidden = hidden || small(w->people - people, in_.smallest) || (w->group_hidden && w->people == people);
    return hidden;
  }

  void protect_figures(ServiceReport& r, const std::vector<const ServiceReport*>& wider) {
    SumSystem s;
    const Table own{&r, add_table(s, r, false)};
    for (const ServiceReport* w : wider) link(s, Table{w, add_table(s, *w, true)}, {own});
    if (!protect(s, in_.smallest)) r.group_hidden = true;
    take_hidden(s, own.ids, r);
  }

  // The group's figures as its family hides them; nullptr when the family leaves it out.
  const ServiceReport* family_figures(const TeamFilter& group, FamilyKind kind) {
    const TeamFilter parent = family_parent(group, kind);
    const std::string family_key = key_of(parent) + (kind == FamilyKind::Who ? "\nwho" : "\nround");
    auto it = families_.find(family_key);
    if (it == families_.end()) it = families_.emplace(family_key, protect_family(parent, kind)).first;
    const auto member = it->second.find(key_of(group));
    return member == it->second.end() ? nullptr : &member->second;
  }

  // The groups a family's parent splits into: each sector and each role of its people,
  // or each round.
  std::vector<TeamFilter> family_members(const TeamFilter& parent, FamilyKind kind) const {
    std::set<std::string> keys;
    std::vector<TeamFilter> out;
    const auto add = [&](TeamFilter child) {
      child = canonical(child, in_.roles);
      if (keys.insert(key_of(child)).second) out.push_back(child);
    };
    for (std::size_t i : rows_matching(in_.team, in_.answers, parent, in_.roles)) {
      const TeamMember& m = in_.team.members[in_.answers.members[i]];
      TeamFilter child = parent;
      if (kind == FamilyKind::Round) {
        child.round = m.round;
        if (!m.round.empty()) add(child);
        continue;
      }
      child.sector = member_sector(m, in_.roles);
      if (!child.sector.empty()) add(child);
      child.sector.clear();
      child.role_id = m.results.role_id;
      if (!child.role_id.empty()) add(child);
    }
    return out;
  }

  using Members = std::map<std::string, std::pair<TeamFilter, ServiceReport>>;

  std::map<std::string, ServiceReport> protect_family(const TeamFilter& parent, FamilyKind kind) {
    const ServiceReport& whole = report(parent);
    Members members;
    for (const TeamFilter& child : family_members(parent, kind))
      // A member that cannot be shown even on its own (its size would give away a
      // figure a wider report hides) is left out before any that could.
      if (const ServiceReport& own = alone(child); !own.group_hidden) members.emplace(key_of(child), std::make_pair(child, own));
    // When the family cannot be protected (the people left out of it are too few, say),
    // its smallest member is left out too, and so on: group by group, the fewest people
    // (a role before a sector of the same size, which keeps the sector's wider view).
    while (!members.empty() && !protect_members(whole, members)) {
      auto smallest = members.begin();
      for (auto m = members.begin(); m != members.end(); ++m)
        if (std::make_pair(m->second.second.people, m->second.first.role_id.empty()) <
            std::make_pair(smallest->second.second.people, smallest->second.first.role_id.empty()))
          smallest = m;
      members.erase(smallest);
    }
    std::map<std::string, ServiceReport> out;
    for (auto& [key, member] : members) out.emplace(key, std::move(member.second));
    return out;
  }

  // The sums a family is tied by: the parent is its sectors, its rounds, or the roles
  // outside the sectors listed; each sector listed is its roles listed.
  bool protect_members(const ServiceReport& whole, Members& members) {
    SumSystem s;
    std::map<std::string, Table> tables;
    for (auto& [key, member] : members) tables.emplace(key, Table{&member.second, add_table(s, member.second, false)});
    std::vector<Table> parts;
    std::map<std::string, std::vector<Table>> roles_of_sector;
    std::map<std::string, std::vector<std::string>> role_keys_of_sector;
    for (auto& [key, member] : members) {
      const TeamFilter& g = member.first;
      if (g.role_id.empty()) {
        parts.push_back(tables.at(key));
        continue;
      }
      TeamFilter sector = g;
      sector.sector = sector_of_role(g.role_id, in_.roles);
      sector.role_id.clear();
      if (!sector.sector.empty() && members.count(key_of(sector))) {
        roles_of_sector[key_of(sector)].push_back(tables.at(key));
        role_keys_of_sector[key_of(sector)].push_back(key);
      } else {
        parts.push_back(tables.at(key));
      }
    }
    link(s, Table{&whole, add_table(s, whole, true)}, parts);
    for (const auto& [sector_key, roles] : roles_of_sector) link(s, tables.at(sector_key), roles);
    if (!protect(s, in_.smallest)) return false;
    for (auto& [key, member] : members) take_hidden(s, tables.at(key).ids, member.second);
    // A sector whose one role holds all its people: each figure the one shows, the other
    // gives away anyway, so both show it and a reader sees the same figures in both.
    for (const auto& [sector_key, role_keys] : role_keys_of_sector) {
      ServiceReport& sector = members.at(sector_key).second;
      ServiceReport& role = members.at(role_keys.front()).second;
      if (role_keys.size() == 1 && role.people == sector.people)
        each_figure_pair(sector, role, [](bool& x, bool& y) { x = y = x && y; });
    }
    return true;
  }

  const Inputs& in_;
  bool unprotected_;
  std::map<std::string, ServiceReport> made_, alone_;
  std::map<std::string, std::map<std::string, ServiceReport>> families_;
};

std::vector<SettingFigures> setting_figures(ReportMaker& maker, const Inputs& in, const ReportOptions& options) {
  std::vector<SettingFigures> out;
  // For everyone only: a chosen group's figures in each setting are the reports of the
  // group and setting, each protected with its own family, which for a service of
  // thousands takes seconds (scripts/bench); choosing the setting as well shows them.
  TeamFilter settings_only;
  settings_only.setting = options.group.setting;
  if (!in.roles || options.per_setting == 0 || options.group != settings_only) return out;
  for (const SettingNeeds& row :
       emphasised_needs_by_setting(in.team, in.answers, in.framework, options.group, *in.roles, options.per_setting)) {
    TeamFilter here = options.group;
    here.setting = row.setting_id;
    const ServiceReport& r = maker.report(here);
    SettingFigures figures;
    figures.setting_id = row.setting_id;
    figures.people = r.people;
    figures.hidden = r.group_hidden;
    for (const CapabilityTally& t : row.top)
      if (const CapabilityFigures* f = figures_of(r, t.capability_id)) figures.top.push_back(*f);
    out.push_back(std::move(figures));
  }
  return out;
}

RoundComparison round_comparison(ReportMaker& maker, const ReportOptions& options) {
  RoundComparison out;
  out.first = options.compare_first;
  out.second = options.compare_second;
  TeamFilter in_first = options.group, in_second = options.group;
  in_first.round = out.first;
  in_second.round = out.second;
  const ServiceReport& a = maker.report(in_first);
  const ServiceReport& b = maker.report(in_second);
  out.people_first = a.people;
  out.people_second = b.people;
  out.hidden = a.group_hidden || b.group_hidden;
  if (out.hidden) return out;
  for (const CapabilityFigures& fa : a.capabilities) {
    const CapabilityFigures* fb = figures_of(b, fa.capability_id);
    if (!fb) continue;
    RoundChange row;
    row.capability_id = fa.capability_id;
    row.asked_first = fa.asked;
    row.needs_first = fa.needs;
    row.asked_second = fb->asked;
    row.needs_second = fb->needs;
    row.hidden = fa.asked_hidden || fa.needs_hidden || fb->asked_hidden || fb->needs_hidden;
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace

ServiceReport build_service_report(const Team& team, const TeamAnswers& answers, const Framework& framework,
                                   const RoleCatalogue* roles, const ReportOptions& options) {
  const Inputs in{team, answers, framework, roles, std::clamp(options.smallest, kLeastSmallestGroup, kMostSmallestGroup)};
  ReportMaker maker(in, options.unprotected);
  ServiceReport report = maker.report(options.group);
  if (report.group_hidden) {
    // Kept whole while it served as a wider group; what leaves here holds nothing to show.
    report.breakdowns.clear();
    report.capabilities.clear();
    report.with_need = report.not_sure = 0;
    return report;
  }
  report.hidden_figures = hidden_figures(report);
  report.settings = setting_figures(maker, in, options);
  const bool compare = options.group.round.empty() && !options.compare_first.empty() &&
                       !options.compare_second.empty() && options.compare_first != options.compare_second;
  if (compare) report.comparison = round_comparison(maker, options);
  const std::vector<CapabilityTally> tallies = tally(team, answers, framework, options.group, roles);
  if (report.group_chosen) {
    report.top_group = top_ids(tallies, options.top);
    report.top_everyone = top_ids(tally(team, answers, framework, TeamFilter{}, roles), options.top);
  } else {
    report.top_everyone = top_ids(tallies, options.top);
  }
  return report;
}

namespace {

// "54% of people (540 of 1,000) have at least one …", or, hidden, "How many people have
// at least one … is hidden.": a hidden share reads the same whether it is small or not.
std::string people_who(int part, int whole, bool hidden, const std::string& verb, const std::string& rest) {
  if (hidden) return "How many people " + verb + rest + " is hidden.";
  return percent(part, whole) + " of people (" + with_thousands(part) + " of " + with_thousands(whole) + ") " + verb + rest + ".";
}

}  // namespace

std::string headline(const ServiceReport& r) {
  return people_who(r.with_need, r.people, r.with_need_hidden, "have", " at least one capability they rated Not yet or Developing") +
         " " + people_who(r.not_sure, r.people, r.not_sure_hidden, "answered", " Not sure at least once");
}

int RoundChange::change_points() const {
  const auto pct = [](int part, int whole) { return whole > 0 ? (200LL * part + whole) / (2LL * whole) : 0LL; };
  return static_cast<int>(pct(needs_second, asked_second) - pct(needs_first, asked_first));
}

RoundComparison compare_rounds(const Team& team, const TeamAnswers& answers, const Framework& framework,
                               const RoleCatalogue* roles, const ReportOptions& options,
                               const std::string& first, const std::string& second) {
  ReportOptions both = options;
  both.group.round.clear();
  both.compare_first = first;
  both.compare_second = second;
  const ServiceReport report = build_service_report(team, answers, framework, roles, both);
  if (report.comparison) return *report.comparison;
  RoundComparison hidden;
  hidden.first = first;
  hidden.second = second;
  hidden.hidden = true;
  return hidden;
}

std::string change_text(int points) {
  if (points == 0) return "no change";
  const int n = points < 0 ? -points : points;
  return std::string(points > 0 ? "up " : "down ") + std::to_string(n) + (n == 1 ? " point" : " points");
}

std::string rating_shares_text(const CapabilityFigures& f, int smallest) {
  std::string out;
  for (const RatingInfo& info : rating_options()) {
    const auto r = static_cast<std::size_t>(info.rating);
    if (f.counts[r] == 0) continue;
    out += (out.empty() ? "" : " · ") + std::string(info.label) + " " + share_text(f.counts[r], f.asked, f.hidden[r], smallest);
  }
  if (f.counts[0] > 0) out += (out.empty() ? "" : " · ") + std::string("not answered ") + share_text(f.counts[0], f.asked, f.hidden[0], smallest);
  return out.empty() ? "No answers." : out;
}

std::string need_shares_text(const CapabilityFigures& f, int smallest) {
  return "Not yet or Developing " + share_text(f.needs, f.asked, f.needs_hidden, smallest) + " · asked for training " +
         share_text(f.training, f.asked, f.training_hidden, smallest) + " · " +
         count_text(f.asked, f.asked_hidden, smallest) + " asked";
}

std::string group_count_text(const GroupCount& row, int total, int smallest) {
  return row.label + ": " + share_text(row.people, total, row.hidden, smallest);
}

std::string round_change_line(const RoundChange& row, const RoundComparison& c, int smallest) {
  if (row.hidden) return "Not yet or Developing: hidden, to protect a figure about " + fewer_than(smallest) + " people.";
  return "Not yet or Developing: " + percent(row.needs_first, row.asked_first) + " in " + c.first + ", " +
         percent(row.needs_second, row.asked_second) + " in " + c.second + ", " + change_text(row.change_points()) + ".";
}

const CapabilityFigures* figures_of(const ServiceReport& report, const std::string& capability_id) {
  for (const CapabilityFigures& f : report.capabilities)
    if (f.capability_id == capability_id) return &f;
  return nullptr;
}

}  // namespace capwalk
