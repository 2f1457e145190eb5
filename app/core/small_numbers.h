// small_numbers.h — the words for figures about people, and the bounds of the smallest
// group a report may show.
//
// Which figures are hidden is decided once, for a whole report, by disclosure.h (see
// service_report.h); this file only says how a figure reads. Every hidden figure reads
// the same, "hidden", whether it is about fewer than `smallest` people or is hidden so
// that such a figure cannot be worked out: if the two read differently, a reader could
// tell which is small and narrow it down.
//
//   text = hidden ? count_text(n, true, 5) : with_thousands(n);  // "hidden" or "1,234"
//
// Zero is shown: it is about nobody.
#pragma once

#include <string>
#include <vector>

namespace capwalk {

constexpr int kDefaultSmallestGroup = 5;
constexpr int kLeastSmallestGroup = 3;
constexpr int kMostSmallestGroup = 100;

// "fewer than 5".
std::string fewer_than(int smallest);
// "54%": rounded to the nearest whole percent; "0%" when `whole` is 0.
std::string percent(int part, int whole);
// A count as shown: "1,234", or "hidden" (hidden_note() says what that means).
std::string count_text(int n, bool hidden, int smallest);
// A share as shown: "54% (540)", or count_text() when hidden.
std::string share_text(int part, int whole, bool hidden, int smallest);
// The one sentence on how small numbers are protected, on screen, in print and at the
// top of the report's CSV.
std::string small_numbers_sentence(int smallest);
// The one line that explains "hidden" wherever hidden figures are shown.
std::string hidden_note(int smallest);

}  // namespace capwalk
