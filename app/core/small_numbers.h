// small_numbers.h — keeps small groups of people from being picked out of a report.
//
// Any figure about fewer than `smallest` people (5 unless the organisation file says
// otherwise, never below kLeastSmallestGroup) is shown as "fewer than 5", on screen,
// in print and in aggregate exports. Hiding that one figure is not enough when the
// total and the other figures of the same breakdown are shown: the hidden one is
// their difference. So when a breakdown has exactly one hidden figure, the next
// smallest is hidden too. In the same way a chosen group is shown only when the people
// outside it are none or at least `smallest`, or the whole service's figures minus the
// group's would give away the rest.
//
//   const std::vector<bool> hidden = hidden_counts({60, 37, 3}, 5);  // {false, true, true}
//   text = hidden[2] ? fewer_than(5) : with_thousands(3);
//
// Zero is shown: it is about nobody.
#pragma once

#include <string>
#include <vector>

namespace capwalk {

constexpr int kDefaultSmallestGroup = 5;
constexpr int kLeastSmallestGroup = 3;
constexpr int kMostSmallestGroup = 100;

// Which of a breakdown's counts to hide, the total of which is shown.
std::vector<bool> hidden_counts(const std::vector<int>& counts, int smallest);
// A part of a whole: hidden when the part, or the rest of the whole, is a small group.
bool part_hidden(int part, int whole, int smallest);
// Whether a group of `group` people out of `everyone` may be shown at all.
bool group_shown(int group, int everyone, int smallest);

// "fewer than 5".
std::string fewer_than(int smallest);
// "54%": rounded to the nearest whole percent; "0%" when `whole` is 0.
std::string percent(int part, int whole);
// A count as shown: "1,234"; when hidden, "fewer than 5" if it is small, else
// "hidden" (it would give away a small group: hidden_note() says so).
std::string count_text(int n, bool hidden, int smallest);
// A share as shown: "54% (540)", or count_text() when hidden.
std::string share_text(int part, int whole, bool hidden, int smallest);
// The one line that explains "hidden" wherever hidden figures are shown.
std::string hidden_note(int smallest);

}  // namespace capwalk
