// service_report.h — a training needs analysis of a whole service, from its links.
//
// What the people who commission training ask for: how many people answered, by
// sector, role, tier, setting and round; a headline ("54% have at least one
// capability they rated Not yet or Developing; 33% answered Not sure at least once");
// per capability the share of people at each rating and the share asking for
// training; the top needs of everyone and of a chosen group; what matters most in each
// setting; and one round against another.
//
// Small numbers: every figure the report publishes (on screen, in print and in the
// aggregate CSV alike) is put in one system of sums (disclosure.h) before anything is
// drawn, together with the published figures of the reports it could be set beside:
// everyone's, and each group it is one choice short of (a sector and round's report
// beside the sector's and the round's). The figures of the people in those reports and
// not in this one are derived figures of the system, so they are protected too, and a
// group whose size, or the size of the people outside it in any of those reports, is
// 1 to smallest − 1 is not reported at all. The sectors and roles within a wider group
// are also protected together as one family, and so are its rounds, so that everyone's
// figures less all the others' give none away; when a family cannot be protected its
// smallest group is left out, then the next. The figures per setting
// (everyone's report only) and per round are those groups' own reports' figures.
// The report holds the counts and which are hidden; nothing that shows it decides
// again.
//
// Not covered (disclosure.h lists the model's own limits): the who and round families at
// once (roles within each round set beside rounds within each role); settings overlap,
// so each is set beside its wider group only, and beside the one role or sector all its
// people have, when they do (its report then hides whatever theirs hides). A sector whose
// one role holds all its people shows the same figures as the role.
//
//   ReportOptions options;
//   options.group.setting = "crisis";
//   const ServiceReport report = build_service_report(team, answers, framework, roles, options);
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "small_numbers.h"
#include "team_answers.h"

namespace capwalk {

struct ReportOptions {
  TeamFilter group;                       // empty: everyone of the framework
  int smallest = kDefaultSmallestGroup;   // see small_numbers.h
  std::size_t top = 5;                    // how many top needs
  std::size_t per_setting = 3;            // how many needs in each setting (0: none)
  std::string compare_first, compare_second;  // two rounds to compare, when the group has no round
  bool unprotected = false;               // every figure shown: for tests and the bench only
};

struct GroupCount {
  std::string label;  // in words: "Primary care", "Tier 2", "Crisis services"
  int people = 0;
  bool hidden = false;
  std::string within;  // a role's sector, in words; empty for the other breakdowns
};

struct Breakdown {
  std::string title;  // "Sector", "Role", "Tier", "Setting", "Round"
  std::vector<GroupCount> rows;  // largest first; "Role not listed" and the like last
  bool overlapping = false;      // a person may be in several rows (settings)
};

struct CapabilityFigures {
  std::string capability_id;
  int asked = 0;
  std::array<int, kRatingOptionCount + 1> counts{};  // by Rating; [0] asked but not answered
  std::array<bool, kRatingOptionCount + 1> hidden{};
  int needs = 0;        // rated Not yet or Developing
  bool needs_hidden = false;
  int training = 0;     // asked for training
  bool training_hidden = false;
  bool all_hidden = false;  // fewer than `smallest` were asked
  bool asked_hidden = false;
};

// What matters most in one setting: the capabilities emphasised there with the largest
// needs, with the figures of the report for the group and that setting.
struct SettingFigures {
  std::string setting_id;
  int people = 0;
  bool hidden = false;   // that report is not shown: too few, or too few outside it
  std::vector<CapabilityFigures> top;
};

// One round against another: per capability, the share of people with a need (Not
// yet or Developing) in each, and the change in percentage points.
struct RoundChange {
  std::string capability_id;
  int asked_first = 0, needs_first = 0, asked_second = 0, needs_second = 0;
  bool hidden = false;  // a figure of either round's report is hidden
  int change_points() const;  // second round's percentage less the first's
};

struct RoundComparison {
  std::string first, second;
  int people_first = 0, people_second = 0;
  bool hidden = false;  // either round's report is not shown
  std::vector<RoundChange> rows;  // framework order; capabilities asked in both rounds
};

struct ServiceReport {
  std::string framework_id;
  int smallest = kDefaultSmallestGroup;
  int everyone = 0;        // people of the framework, whatever the group
  int people = 0;          // in the group
  bool group_chosen = false;
  bool group_hidden = false;  // the group, or the people outside it, are too few to show
  int with_need = 0;       // at least one Not yet or Developing
  bool with_need_hidden = false;
  int not_sure = 0;        // Not sure at least once
  bool not_sure_hidden = false;
  std::vector<Breakdown> breakdowns;         // of the group
  std::vector<CapabilityFigures> capabilities;  // framework order; those somebody was asked
  std::vector<std::string> top_everyone;     // capability ids, by need (team_answers.h top_needs)
  std::vector<std::string> top_group;        // the same in the group; empty without one
  std::vector<SettingFigures> settings;      // each setting somebody works in; everyone's report only
  std::optional<RoundComparison> comparison; // when two rounds were asked for
  int hidden_figures = 0;  // how many of the figures above are hidden (the bench counts them)
};

ServiceReport build_service_report(const Team& team, const TeamAnswers& answers, const Framework& framework,
                                   const RoleCatalogue* roles, const ReportOptions& options);

// "54% of people have at least one capability they rated Not yet or Developing. 33%
// answered Not sure at least once." — with hidden figures given as "fewer than 5".
std::string headline(const ServiceReport& report);

// The comparison of two rounds within options.group (whose round is set aside), as the
// report with those rounds asked for gives it.
RoundComparison compare_rounds(const Team& team, const TeamAnswers& answers, const Framework& framework,
                               const RoleCatalogue* roles, const ReportOptions& options,
                               const std::string& first, const std::string& second);

// "up 12 points", "down 3 points", "no change".
std::string change_text(int points);

// The words the screen, print and export share, with hidden figures as small_numbers.h
// gives them:
// "Not yet 12% (120) · Developing 30% (300) · …" over the people asked;
std::string rating_shares_text(const CapabilityFigures& f, int smallest);
// "Not yet or Developing 42% (420) · asked for training 25% (250) · 1,000 asked";
std::string need_shares_text(const CapabilityFigures& f, int smallest);
// "Primary care: 43% (430)";
std::string group_count_text(const GroupCount& row, int total, int smallest);
// "Not yet or Developing: 40% in Spring 2026, 28% in Autumn 2026, down 12 points".
std::string round_change_line(const RoundChange& row, const RoundComparison& comparison, int smallest);
// The figures of one capability, when they are in the report.
const CapabilityFigures* figures_of(const ServiceReport& report, const std::string& capability_id);

}  // namespace capwalk
