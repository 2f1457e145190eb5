// disclosure_attacker.h — the attacker's test of the service report's small numbers.
//
// It reads what reports published, as plain CSV exactly as exported (team_export.h's
// report_csv), and tries to recover every hidden figure by linear reasoning. It does
// not see the report's own system of sums: it builds its own from the published rows
// and the structure any reader knows:
//   - a group's people are the sum of its rows of each of Sector, Role, Tier and Round;
//     a sector is the sum of the roles within it; a setting's row is at most the people;
//   - per capability, the people asked are the sum of the ratings and Not answered; Not
//     yet or Developing is Not yet plus Developing; training asks and the headline's
//     figures are at most the people asked and the people;
//   - a group X within a group Y (each condition of Y is one of X's; a role's sector,
//     from the Within column, counts as one of its conditions): every figure of Y is
//     X's plus the people in Y and not in X, at least 0 and, when both people counts
//     are shown, at most how many those people are (so exactly X's when they are none);
//   - a report whose Sector or Role rows show one row holding all its people (a setting
//     where only GP receptionists work) is within that sector's or role's group too;
//   - the groups of one kind within a group (its rounds, say, that "Rounds compared"
//     or several reports give; the roles of everyone, or of a sector): the group's
//     figure is their sum plus the rest, bounded in the same way — more than the
//     report's own rule claims to cover, so a leak there shows too.
// Hidden figures are at least 0 (a 0 may be hidden too). Each hidden figure, and each
// figure a reader could work out (the people outside a group, those who did not ask for
// training), whose true value is 1 to smallest − 1 is exposed when the values the sums
// allow, from least to greatest (a linear programme: disclosure.h's range_of, which
// disclosure_test.cpp checks against every whole-number solution), hold fewer than
// `smallest` whole numbers: it is known to within `smallest`. The true values come from the same reports exported unprotected,
// and are used only to judge, never as knowledge.
#pragma once

#include <string>
#include <vector>

namespace capwalk::attacker {

struct Exposure {
  std::string figure;   // the group and the figure, in words
  long long truth = 0;
  double low = 0, high = 0;
};

struct AttackResult {
  std::vector<Exposure> exposed;
  int hidden_figures = 0;   // hidden in every CSV that has them
  int small_checked = 0;    // hidden or worked-out figures of 1 to smallest − 1 people, tried
};

AttackResult attack(const std::vector<std::string>& published_csvs, const std::vector<std::string>& truth_csvs,
                    int smallest);

}  // namespace capwalk::attacker
