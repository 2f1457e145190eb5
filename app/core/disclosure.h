// disclosure.h — the one rule that keeps small groups of people hidden across every
// figure a report publishes, together.
//
// A report publishes many counts that are tied by sums: the ratings of a capability add
// up to the people asked, the roles of a sector add up to the sector, a group's figure
// and the figure of the people outside it add up to everyone's. Hiding each small count
// on its own is not enough: 12 − 10 gives back a hidden 2. So a report is written here
// as a system of figures and sums, and figures are hidden until no figure about fewer
// than `smallest` people can be worked out from the shown ones.
//
// What the attacker is assumed to know (the model, and so its limits):
//   - every shown figure, exactly (a shown percentage counts as its count);
//   - every sum of the system (the report's structure is public), that every figure
//     is a whole number at least 0 (a hidden figure may be 0: zeros are hidden too
//     when that protects a small figure), and that the people outside a group, when
//     both people counts are shown, number exactly their difference, each of their
//     figures at most that;
//   - nothing else: orderings (which capability tops a list), "at least one" bounds
//     between a person's answers, and what each tier is asked are not modelled.
// The attacker works out, for each hidden figure, the least and greatest value the
// sums allow (a linear programme over the figures that are not shown). A figure about
// 1 to smallest − 1 people is protected when that range holds at least `smallest` whole
// numbers and reaches `smallest`: it cannot be worked out, exactly or to within
// `smallest`, and a reader cannot even tell that it is smaller than `smallest`. That holds for the figures
// the report shows (hidden ones) and for the ones it never shows but a reader could
// work out (the people who did *not* ask for training, the people outside a group):
// those are "derived" figures.
//
// Known limits (service_report.cpp): a group is protected beside its wider groups and
// beside its family within the family's parent: every sector and every role, as one
// system, or every round. The who and round families are protected one at a time, so
// roles within each round set beside rounds within each role are not covered; settings
// overlap, so each is set beside its wider group only (and beside the one role or
// sector all its people have, when they do).
//
// protect() hides the small shown figures, then, while a small figure is not
// protected, hides one more shown figure of the sums around it: the one whose hiding
// costs least (its weight times one more than its count) among those that protect it on their own,
// else the one that widens its range most, so the fewest and smallest figures go. Hiding more never makes another figure less
// protected, so the result holds for every small figure once the loop ends. A figure
// marked fixed is already published elsewhere (everyone's report, say) and is never
// hidden or shown here by choice. When no shown figure is left that could help,
// protect() says so, and the caller hides the whole table.
//
//   SumSystem s;
//   const FigureId asked = s.add(12), not_yet = s.add(2), developing = s.add(10);
//   s.add_sum(asked, {not_yet, developing});
//   const bool ok = protect(s, 5);  // hides not_yet (2), then developing (10)
//   s.hidden(not_yet);              // true
#pragma once

#include <cstdint>
#include <vector>

namespace capwalk {

using FigureId = int;

enum class FigureKind : std::uint8_t {
  Shown,    // published unless hidden
  Derived,  // never published, but a reader could work it out: protected when small
  Slack,    // never published, not about a group of people (the room between a part and its whole)
};

struct Figure {
  long long value = 0;
  FigureKind kind = FigureKind::Shown;
  bool hidden = false;
  bool fixed = false;   // published elsewhere: its shown or hidden state is given
  int weight = 1;       // how much a reader needs it: hiding costs weight × value
};

// Least and greatest value of a figure given what is shown.
struct FigureRange {
  double low = 0, high = 0;
  double width() const { return high - low; }
};

class SumSystem {
 public:
  FigureId add(long long value, FigureKind kind = FigureKind::Shown, int weight = 1);
  // A figure published elsewhere, already shown or hidden there.
  FigureId add_fixed(long long value, bool hidden);
  // total = Σ parts. A part may be listed once only.
  void add_sum(FigureId total, const std::vector<FigureId>& parts);
  // part ≤ whole, written as whole = part + (a slack figure).
  void add_at_most(FigureId part, FigureId whole);
  // whole = part + rest, where rest is a derived figure (the people in whole but not in
  // part); returns rest.
  FigureId add_rest(FigureId whole, FigureId part);

  const Figure& figure(FigureId id) const { return figures_[static_cast<std::size_t>(id)]; }
  bool hidden(FigureId id) const { return figure(id).hidden; }
  bool known(FigureId id) const;  // shown (not hidden) and published
  void hide(FigureId id) { figures_[static_cast<std::size_t>(id)].hidden = true; }
  void show(FigureId id) { figures_[static_cast<std::size_t>(id)].hidden = false; }
  std::size_t size() const { return figures_.size(); }

  // One sum as coefficients: Σ terms = 0 (the total with −1).
  struct Term {
    FigureId figure;
    int coefficient;
  };
  // A run of items in one of the system's flat arrays, for range-for.
  template <typename T>
  struct Run {
    const T* first;
    const T* last;
    const T* begin() const { return first; }
    const T* end() const { return last; }
  };
  std::size_t equation_count() const { return starts_.size() - 1; }
  Run<Term> equation(std::size_t e) const { return {terms_.data() + starts_[e], terms_.data() + starts_[e + 1]}; }
  // The equations a figure is in (indexed on first use after the last sum was added).
  Run<std::size_t> equations_of(FigureId id) const;

 private:
  // Flat arrays, not a vector per sum or per figure: a linked report has tens of
  // thousands of each, and building them one allocation at a time cost more than
  // protecting them.
  std::vector<Figure> figures_;
  std::vector<Term> terms_;
  std::vector<std::size_t> starts_ = {0};           // equation e is terms_[starts_[e], starts_[e + 1])
  mutable std::vector<std::size_t> index_starts_;  // per figure, into index_
  mutable std::vector<std::size_t> index_;         // equation numbers, figure by figure
};

// The least and greatest value of `id` the shown figures and the sums allow.
FigureRange range_of(const SumSystem& system, FigureId id);
// Whether a figure about 1 to smallest − 1 people has a range of `smallest` whole
// numbers or more; figures of 0 or of at least `smallest` people, and slack, need nothing.
bool is_protected(const SumSystem& system, FigureId id, int smallest);
// Hides figures until every small figure is protected. False when that could not be
// done (only fixed figures were left to hide).
bool protect(SumSystem& system, int smallest);
// How many shown, not fixed figures are hidden.
int hidden_count(const SumSystem& system);

}  // namespace capwalk
