#include "disclosure_attacker.h"

#include <map>
#include <set>

#include "app/core/csv.h"
#include "app/core/disclosure.h"

namespace capwalk::attacker {

namespace {

using Conditions = std::map<std::string, std::string>;  // "Sector" → "Pharmacy"

struct Published {
  std::string set, key, within;
  Conditions conditions;
  bool own_report = false;  // the row is about the report's own group
  bool hidden = false;
  long long count = 0;
};

Conditions conditions_of(const std::string& group) {
  Conditions out;
  if (group == "Everyone") return out;
  std::size_t at = 0;
  const std::string separator = " · ";
  for (;;) {
    const std::size_t end = group.find(separator, at);
    const std::string part = group.substr(at, end == std::string::npos ? std::string::npos : end - at);
    const std::size_t colon = part.find(": ");
    out[part.substr(0, colon)] = part.substr(colon + 2);
    if (end == std::string::npos) break;
    at = end + separator.size();
  }
  return out;
}

std::string name_of(const Conditions& c) {
  if (c.empty()) return "Everyone";
  std::string out;
  for (const auto& [kind, value] : c) out += (out.empty() ? "" : " & ") + kind + "=" + value;
  return out;
}

// Group, Part, Breakdown, Row, Within, Capability id, Figure, Count, Hidden.
std::vector<Published> read(const std::string& csv) {
  std::vector<Published> out;
  const auto table = parse_csv(csv);
  for (std::size_t i = 2; i < table.size(); ++i) {
    const auto& r = table[i];
    if (r.size() != 9) continue;
    Published p;
    p.conditions = conditions_of(r[0]);
    const std::string &part = r[1], &breakdown = r[2], &cap = r[5], &figure = r[6];
    if (part == "In each setting") p.conditions["Setting"] = breakdown;
    if (part == "Rounds compared") p.conditions["Round"] = breakdown;
    p.own_report = part == "Who answered" || part == "Capability";
    if (figure == "People" && cap.empty() && part != "Who answered") p.key = "People";
    else if (part == "In short") p.key = "In short|" + figure;
    else if (part == "Who answered") p.key = "Who|" + breakdown + "|" + r[3];
    else p.key = "Cap|" + cap + "|" + figure;
    p.within = r[4];
    p.hidden = r[8] == "Yes";
    p.count = p.hidden || r[7].empty() ? 0 : std::stoll(r[7]);
    p.set = name_of(p.conditions);
    out.push_back(std::move(p));
  }
  return out;
}

struct Set {
  Conditions conditions;  // as the report names them
  Conditions implied;     // with a role's sector too
  bool own_report = false;
  std::map<std::string, FigureId> figures;
  std::map<std::string, std::string> within;  // role rows: their sector
};

bool within_set(const Conditions& inner, const Conditions& outer) {
  if (inner.size() <= outer.size()) return false;
  for (const auto& [kind, value] : outer) {
    const auto it = inner.find(kind);
    if (it == inner.end() || it->second != value) return false;
  }
  return true;
}

class Attacker {
 public:
  Attacker(const std::vector<std::string>& published, const std::vector<std::string>& truth) {
    std::map<std::pair<std::string, std::string>, long long> true_values;
    for (const std::string& csv : truth)
      for (const Published& p : read(csv)) true_values[{p.set, p.key}] = p.count;
    std::map<std::pair<std::string, std::string>, bool> shown;
    std::map<std::pair<std::string, std::string>, Published> rows;
    for (const std::string& csv : published)
      for (const Published& p : read(csv)) {
        shown[{p.set, p.key}] = shown[{p.set, p.key}] || !p.hidden;
        rows.emplace(std::make_pair(p.set, p.key), p);
        Set& set = sets_[p.set];
        set.conditions = p.conditions;
        set.own_report = set.own_report || p.own_report;
        if (!p.within.empty()) set.within[p.key] = p.within;
      }
    // A role's row says its sector: a group of one role is within that sector's group.
    std::map<std::string, std::string> sector_of_role;
    for (const auto& [where, p] : rows)
      if (where.second.rfind("Who|Role|", 0) == 0 && !p.within.empty()) sector_of_role[where.second.substr(9)] = p.within;
    for (auto& [name, set] : sets_) set.implied = set.conditions;
    // A report whose Sector or Role breakdown shows one row holding all its people is
    // about people of that sector or role alone: its group is within theirs too.
    for (const auto& [where, p] : rows)
      for (const std::string kind : {"Sector", "Role"}) {
        const std::string prefix = "Who|" + kind + "|";
        const auto people = rows.find({where.first, "People"});
        if (where.second.rfind(prefix, 0) != 0 || !shown[where] || people == rows.end() || !shown[people->first] ||
            p.count != people->second.count)
          continue;
        sets_[where.first].implied.emplace(kind, where.second.substr(prefix.size()));
      }
    for (auto& [name, set] : sets_) {
      if (set.implied.count("Role") && !set.implied.count("Sector") && sector_of_role.count(set.implied.at("Role")))
        set.implied["Sector"] = sector_of_role.at(set.implied.at("Role"));
    }
    for (const auto& [where, p] : rows) {
      const long long true_value = true_values.count(where) ? true_values[where] : p.count;
      const FigureId id = system_.add(true_value);
      if (!shown[where]) system_.hide(id);
      sets_[where.first].figures[where.second] = id;
      names_.push_back(where.first + ": " + where.second);
    }
    for (auto& [name, set] : sets_) relate_within(name, set);
    relate_across();
  }

  AttackResult run(int smallest) {
    AttackResult out;
    for (std::size_t i = 0; i < system_.size(); ++i) {
      const auto id = static_cast<FigureId>(i);
      const Figure& f = system_.figure(id);
      out.hidden_figures += f.kind == FigureKind::Shown && f.hidden;
      if (f.kind == FigureKind::Slack || f.value <= 0 || f.value >= smallest || constants_.count(id)) continue;
      ++out.small_checked;
      const FigureRange r = range_of(system_, id);
      if (r.width() + 1 < smallest - 1e-6) out.exposed.push_back({name(id), f.value, r.low, r.high});
    }
    return out;
  }

 private:
  std::string name(FigureId id) const {
    return static_cast<std::size_t>(id) < names_.size() ? names_[static_cast<std::size_t>(id)] : derived_names_.at(id);
  }

  FigureId rest(FigureId whole, const std::vector<FigureId>& parts, const std::string& what) {
    long long value = system_.figure(whole).value;
    for (FigureId p : parts) value -= system_.figure(p).value;
    const FigureId r = system_.add(value, FigureKind::Derived);
    std::vector<FigureId> all = parts;
    all.push_back(r);
    system_.add_sum(whole, all);
    derived_names_[r] = what;
    return r;
  }

  FigureId get(const Set& s, const std::string& key) const {
    const auto it = s.figures.find(key);
    return it == s.figures.end() ? -1 : it->second;
  }

  void relate_within(const std::string& name, const Set& s) {
    const FigureId people = get(s, "People");
    std::map<std::string, std::vector<FigureId>> rows_of;
    std::map<std::string, FigureId> sector_rows;
    std::map<std::string, std::vector<FigureId>> roles_of_sector;
    for (const auto& [key, id] : s.figures) {
      if (key.rfind("Who|", 0) == 0) {
        const std::string breakdown = key.substr(4, key.find('|', 4) - 4);
        const std::string label = key.substr(key.find('|', 4) + 1);
        rows_of[breakdown].push_back(id);
        if (breakdown == "Sector") sector_rows[label] = id;
        if (breakdown == "Role") roles_of_sector[s.within.count(key) ? s.within.at(key) : ""].push_back(id);
        if (breakdown == "Setting" && people >= 0) rest(people, {id}, name + ": not in setting " + label);
      } else if (key.rfind("In short|", 0) == 0 && people >= 0) {
        rest(people, {id}, name + ": not " + key);
      }
    }
    if (people >= 0 && s.own_report)
      for (const char* partition : {"Sector", "Role", "Tier", "Round"})
        if (rows_of.count(partition)) system_.add_sum(people, rows_of[partition]);
    for (const auto& [sector, id] : sector_rows)
      if (roles_of_sector.count(sector)) system_.add_sum(id, roles_of_sector[sector]);
    relate_capabilities(name, s, people);
  }

  void relate_capabilities(const std::string& name, const Set& s, FigureId people) {
    std::set<std::string> capabilities;
    for (const auto& [key, id] : s.figures)
      if (key.rfind("Cap|", 0) == 0) capabilities.insert(key.substr(4, key.find('|', 4) - 4));
    for (const std::string& c : capabilities) {
      const auto fig = [&](const char* figure) { return get(s, "Cap|" + c + "|" + figure); };
      const FigureId asked = fig("People asked"), needs = fig("Not yet or Developing"), training = fig("Asked for training");
      std::vector<FigureId> ratings;
      for (const char* r : {"Not yet", "Developing", "Confident", "Could support others", "Not had the opportunity",
                            "Not sure", "Not answered"})
        if (fig(r) >= 0) ratings.push_back(fig(r));
      if (asked < 0) continue;
      if (ratings.size() == 7) {
        system_.add_sum(asked, ratings);
        if (needs >= 0) system_.add_sum(needs, {ratings[0], ratings[1]});
      } else if (needs >= 0) {
        rest(asked, {needs}, name + ": " + c + " asked without a need");
      }
      if (training >= 0) rest(asked, {training}, name + ": " + c + " not asking for training");
      if (people >= 0) rest(people, {asked}, name + ": not asked " + c);
    }
  }

  // The people in `outer` and in none of `parts`, as a figure a reader knows, when every
  // people count is shown: each figure of those people is at most it. -1 otherwise.
  FigureId rest_people(const Set& outer, const std::vector<const Set*>& parts) {
    FigureId people = get(outer, "People");
    if (people < 0 || !system_.known(people)) return -1;
    long long value = system_.figure(people).value;
    for (const Set* p : parts) {
      const FigureId id = get(*p, "People");
      if (id < 0 || !system_.known(id)) return -1;
      value -= system_.figure(id).value;
    }
    const FigureId known = system_.add(value);
    constants_.insert(known);
    return known;
  }

  void relate_parts(const std::string& outer_name, const Set& outer, const std::vector<const Set*>& parts,
                    const std::string& what) {
    const FigureId bound = rest_people(outer, parts);
    for (const auto& [key, whole] : outer.figures) {
      std::vector<FigureId> ids;
      for (const Set* part : parts)
        if (const FigureId id = get(*part, key); id >= 0) ids.push_back(id);
      if (ids.size() != parts.size()) continue;
      const FigureId r = rest(whole, ids, outer_name + what + key);
      if (bound >= 0 && key != "People") system_.add_at_most(r, bound);
    }
  }

  // Whether `child` is `outer` with one more choice of `kind` (a role's sector aside).
  static bool child_of(const Set& child, const Set& outer, const char* kind) {
    if (outer.conditions.count(kind) || !child.conditions.count(kind)) return false;
    Conditions rest = child.conditions;
    rest.erase(kind);
    if (rest == outer.conditions) return true;
    return std::string(kind) == "Role" && child.implied.count("Sector") && (rest["Sector"] = child.implied.at("Sector"), rest == outer.conditions);
  }

  void relate_across() {
    for (const auto& [outer_name, outer] : sets_)
      for (const auto& [inner_name, inner] : sets_)
        if (within_set(inner.implied, outer.implied)) relate_parts(outer_name, outer, {&inner}, " less " + inner_name + ": ");
    // The groups of one kind within a group add up to it, with a rest.
    for (const auto& [outer_name, outer] : sets_)
      for (const char* kind : {"Sector", "Role", "Round"}) {
        std::vector<const Set*> children;
        for (const auto& [name, s] : sets_)
          if (child_of(s, outer, kind)) children.push_back(&s);
        if (children.size() >= 2) relate_parts(outer_name, outer, children, std::string(": outside every ") + kind + " shown: ");
      }
  }

  SumSystem system_;
  std::map<std::string, Set> sets_;
  std::vector<std::string> names_;
  std::map<FigureId, std::string> derived_names_;
  std::set<FigureId> constants_;  // worked out from shown people counts, not published
};

}  // namespace

AttackResult attack(const std::vector<std::string>& published_csvs, const std::vector<std::string>& truth_csvs,
                    int smallest) {
  Attacker attacker(published_csvs, truth_csvs);
  return attacker.run(smallest);
}

}  // namespace capwalk::attacker
