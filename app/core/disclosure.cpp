#include "disclosure.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace capwalk {

FigureId SumSystem::add(long long value, FigureKind kind, int weight) {
  Figure f;
  f.value = value;
  f.kind = kind;
  f.weight = weight;
  figures_.push_back(f);
  return static_cast<FigureId>(figures_.size() - 1);
}

FigureId SumSystem::add_fixed(long long value, bool hidden) {
  const FigureId id = add(value);
  figures_[static_cast<std::size_t>(id)].fixed = true;
  figures_[static_cast<std::size_t>(id)].hidden = hidden;
  return id;
}

void SumSystem::add_sum(FigureId total, const std::vector<FigureId>& parts) {
  terms_.push_back({total, -1});
  for (FigureId p : parts) terms_.push_back({p, 1});
  starts_.push_back(terms_.size());
  index_starts_.clear();
}

SumSystem::Run<std::size_t> SumSystem::equations_of(FigureId id) const {
  if (index_starts_.size() != figures_.size() + 1) {
    // Counting sort of the terms by figure.
    index_starts_.assign(figures_.size() + 1, 0);
    for (const Term& t : terms_) ++index_starts_[static_cast<std::size_t>(t.figure) + 1];
    for (std::size_t i = 1; i < index_starts_.size(); ++i) index_starts_[i] += index_starts_[i - 1];
    index_.assign(terms_.size(), 0);
    std::vector<std::size_t> next(index_starts_.begin(), index_starts_.end() - 1);
    for (std::size_t e = 0; e + 1 < starts_.size(); ++e)
      for (std::size_t k = starts_[e]; k < starts_[e + 1]; ++k) index_[next[static_cast<std::size_t>(terms_[k].figure)]++] = e;
  }
  const std::size_t i = static_cast<std::size_t>(id);
  return {index_.data() + index_starts_[i], index_.data() + index_starts_[i + 1]};
}

void SumSystem::add_at_most(FigureId part, FigureId whole) {
  const FigureId room = add(figure(whole).value - figure(part).value, FigureKind::Slack);
  add_sum(whole, {part, room});
}

FigureId SumSystem::add_rest(FigureId whole, FigureId part) {
  const FigureId rest = add(figure(whole).value - figure(part).value, FigureKind::Derived);
  add_sum(whole, {part, rest});
  return rest;
}

bool SumSystem::known(FigureId id) const {
  const Figure& f = figure(id);
  return f.kind == FigureKind::Shown && !f.hidden;
}

int hidden_count(const SumSystem& system) {
  int n = 0;
  for (std::size_t i = 0; i < system.size(); ++i) {
    const Figure& f = system.figure(static_cast<FigureId>(i));
    n += f.kind == FigureKind::Shown && f.hidden && !f.fixed;
  }
  return n;
}

namespace {

constexpr double kEpsilon = 1e-9;
constexpr double kUnbounded = 1e18;

// The figures not shown that are tied to `start` through sums, and those sums.
struct Component {
  std::vector<FigureId> unknowns;        // unknowns[0] is start
  std::vector<std::size_t> equations;
};

Component component_of(const SumSystem& s, FigureId start) {
  Component c;
  // Sets, not arrays over the whole system: a component is small, the system is not.
  std::unordered_set<FigureId> seen_figure = {start};
  std::unordered_set<std::size_t> seen_equation;
  c.unknowns.push_back(start);
  for (std::size_t next = 0; next < c.unknowns.size(); ++next)
    for (std::size_t e : s.equations_of(c.unknowns[next])) {
      if (!seen_equation.insert(e).second) continue;
      c.equations.push_back(e);
      for (const SumSystem::Term& t : s.equation(e))
        if (!s.known(t.figure) && seen_figure.insert(t.figure).second) c.unknowns.push_back(t.figure);
    }
  return c;
}

// A dense simplex tableau over y ≥ 0 with A y = b: the figures not shown.
// Phase one finds a basis with artificial columns; phase two optimises on it. Bland's
// rule keeps it from cycling on these degenerate systems. The last row holds the
// reduced costs, kept up to date by each pivot, so choosing a column costs one pass.
class Simplex {
 public:
  // `a`: rows × cols coefficients, row by row; `b`: each row's right-hand side.
  Simplex(const std::vector<double>& a, const std::vector<double>& b, std::size_t cols) : rows_(b.size()), cols_(cols) {
    width_ = cols_ + rows_ + 1;
    cells_.assign((rows_ + 1) * width_, 0.0);
    basis_.resize(rows_);
    basic_.assign(width_ - 1, false);
    for (std::size_t r = 0; r < rows_; ++r) {
      const double sign = b[r] < 0 ? -1.0 : 1.0;
      const double* const from = &a[r * cols_];
      double* const to = &cells_[r * width_];
      for (std::size_t j = 0; j < cols_; ++j) to[j] = sign * from[j];
      at(r, cols_ + r) = 1.0;
      at(r, width_ - 1) = sign * b[r];
      basis_[r] = cols_ + r;
      basic_[cols_ + r] = true;
    }
  }

  // False when the system has no solution (it always has one: the true figures).
  bool find_basis() {
    std::vector<double> cost(width_ - 1, 0.0);
    for (std::size_t r = 0; r < rows_; ++r) cost[cols_ + r] = 1.0;
    if (!optimise(cost, true)) return false;
    if (objective_value(cost) > 1e-7) return false;
    drop_artificials();
    return true;
  }

  // Minimises Σ cost·y over the found basis; returns the value, or −kUnbounded.
  double minimise(const std::vector<double>& cost_of_columns) {
    std::vector<double> cost(width_ - 1, 0.0);
    std::copy(cost_of_columns.begin(), cost_of_columns.end(), cost.begin());
    if (!optimise(cost, false)) return -kUnbounded;
    return objective_value(cost);
  }

 private:
  double& at(std::size_t r, std::size_t c) { return cells_[r * width_ + c]; }
  double value_of_row(std::size_t r) const { return cells_[r * width_ + width_ - 1]; }

  double objective_value(const std::vector<double>& cost) const {
    double v = 0;
    for (std::size_t r = 0; r < rows_; ++r) v += cost[basis_[r]] * value_of_row(r);
    return v;
  }

  // Every row, the reduced costs' too, less a multiple of `row`; only the pivot row's
  // nonzero cells are touched, and these tableaus are mostly zeros. (Raw pointers in
  // the loops that take the time: the web build's -Oz leaves accessors uninlined, five
  // times slower there.)
  void pivot(std::size_t row, std::size_t col) {
    double* const pivot_row = &cells_[row * width_];
    const double p = pivot_row[col];
    nonzero_.clear();
    for (std::size_t c = 0; c < width_; ++c)
      if (pivot_row[c] != 0.0) {
        pivot_row[c] /= p;
        nonzero_.push_back(c);
      }
    const std::size_t* const first = nonzero_.data();
    const std::size_t* const end = first + nonzero_.size();
    for (std::size_t r = 0; r <= rows_; ++r) {
      if (r == row) continue;
      double* const cells = &cells_[r * width_];
      const double f = cells[col];
      if (std::fabs(f) < kEpsilon) continue;
      for (const std::size_t* c = first; c != end; ++c) cells[*c] -= f * pivot_row[*c];
    }
    basic_[basis_[row]] = false;
    basis_[row] = col;
    basic_[col] = true;
  }

  // The reduced-cost row for `cost` under the current basis.
  void price(const std::vector<double>& cost) {
    double* z = &cells_[rows_ * width_];
    std::copy(cost.begin(), cost.end(), z);
    z[width_ - 1] = 0.0;
    for (std::size_t r = 0; r < rows_; ++r) {
      const double k = cost[basis_[r]];
      if (k == 0.0) continue;
      const double* const cells = &cells_[r * width_];
      for (std::size_t c = 0; c < width_; ++c) z[c] -= k * cells[c];
    }
  }

  // False when unbounded below.
  bool optimise(const std::vector<double>& cost, bool artificials_may_enter) {
    const std::size_t last = artificials_may_enter ? width_ - 1 : cols_;
    price(cost);
    const double* z = &cells_[rows_ * width_];
    const double* const cells = cells_.data();
    const unsigned char* const basic = basic_.data();
    for (;;) {
      std::size_t enter = last;
      for (std::size_t c = 0; c < last; ++c)
        if (!basic[c] && z[c] < -1e-9) {
          enter = c;
          break;
        }
      if (enter == last) return true;
      std::size_t leave = rows_;
      double best = 0;
      for (std::size_t r = 0; r < rows_; ++r) {
        const double a = cells[r * width_ + enter];
        if (a <= 1e-9) continue;
        const double ratio = cells[r * width_ + width_ - 1] / a;
        if (leave == rows_ || ratio < best - 1e-12 || (std::fabs(ratio - best) <= 1e-12 && basis_[r] < basis_[leave])) {
          leave = r;
          best = ratio;
        }
      }
      if (leave == rows_) return false;
      pivot(leave, enter);
    }
  }

  // An artificial column still in the basis sits at 0: swap in any real column of its
  // row, or leave it (the row is redundant, and phase two never lets it grow).
  void drop_artificials() {
    for (std::size_t r = 0; r < rows_; ++r) {
      if (basis_[r] < cols_) continue;
      for (std::size_t c = 0; c < cols_; ++c)
        if (std::fabs(at(r, c)) > 1e-7 && !basic_[c]) {
          pivot(r, c);
          break;
        }
    }
    // Rows whose artificial stays are all zero in the real columns: they cannot move.
  }

  std::size_t rows_, cols_, width_;
  std::vector<double> cells_;        // rows_ constraint rows, then the reduced costs
  std::vector<std::size_t> basis_;   // the basic column of each row
  std::vector<unsigned char> basic_; // whether each column is basic (bytes: read in the hot loop)
  std::vector<std::size_t> nonzero_; // scratch for pivot
};

}  // namespace

FigureRange range_of(const SumSystem& s, FigureId id) {
  const Figure& target = s.figure(id);
  if (s.known(id)) return {static_cast<double>(target.value), static_cast<double>(target.value)};
  const Component c = component_of(s, id);
  std::unordered_map<FigureId, int> column;
  for (std::size_t j = 0; j < c.unknowns.size(); ++j) column[c.unknowns[j]] = static_cast<int>(j);
  const std::size_t cols = c.unknowns.size();
  std::vector<double> a(c.equations.size() * cols, 0.0), b;  // one row per equation
  for (std::size_t e : c.equations) {
    double* const row = &a[b.size() * cols];
    double rhs = 0;
    for (const SumSystem::Term& t : s.equation(e)) {
      const Figure& f = s.figure(t.figure);
      const auto found = column.find(t.figure);
      const int j = found == column.end() ? -1 : found->second;
      if (j < 0) {
        rhs -= t.coefficient * static_cast<double>(f.value);
      } else {
        row[static_cast<std::size_t>(j)] += t.coefficient;
      }
    }
    b.push_back(rhs);
  }
  if (b.empty()) return {0, kUnbounded};
  Simplex lp(a, b, cols);
  if (!lp.find_basis()) return {static_cast<double>(target.value), static_cast<double>(target.value)};
  std::vector<double> cost(c.unknowns.size(), 0.0);
  cost[0] = 1.0;
  const double low = lp.minimise(cost);
  cost[0] = -1.0;
  const double high = -lp.minimise(cost);
  return {low, high >= kUnbounded ? kUnbounded : high};
}

namespace {

bool small(long long v, int smallest) { return v > 0 && v < smallest; }

// A range of `smallest` whole numbers or more that reaches `smallest`: the figure could
// then be `smallest` or more, so a reader cannot even tell that it is small.
bool wide_enough(const FigureRange& r, int smallest) {
  return r.width() + 1 >= smallest - 1e-6 && r.high >= smallest - 1e-6;
}

bool needs_protecting(const Figure& f, int smallest) {
  if (f.kind == FigureKind::Slack || !small(f.value, smallest)) return false;
  return f.kind == FigureKind::Derived || f.hidden;
}

// Hiding a 0 costs least, but not nothing: fewer figures hidden are better too.
long long cost_of(const Figure& f) { return (f.value + 1) * f.weight; }

// How many of the nearest candidates are tried for each figure hidden: enough to find
// the one that protects, few enough that a large linked report stays quick.
constexpr std::size_t kCandidatesTried = 6;

// The shown figures whose hiding could widen `id`'s range: those in the sums of its
// component, nearest first (the component's sums are in the order they were reached),
// at most kCandidatesTried.
std::vector<FigureId> candidates_for(const SumSystem& s, FigureId id) {
  std::vector<FigureId> out;
  std::unordered_set<FigureId> seen;
  for (std::size_t e : component_of(s, id).equations)
    for (const SumSystem::Term& t : s.equation(e)) {
      const Figure& g = s.figure(t.figure);
      if (!s.known(t.figure) || g.fixed || !seen.insert(t.figure).second) continue;
      out.push_back(t.figure);
      if (out.size() == kCandidatesTried) return out;
    }
  return out;
}

// The shown figure to hide next for `id`: of the nearest candidates, the cheapest that
// protects it on its own, else the one that widens its range most (the cheaper of equals). -1 when none is left.
FigureId next_to_hide(SumSystem& s, FigureId id, int smallest) {
  FigureId best = -1;
  bool best_protects = false;
  double best_width = -1;
  for (FigureId c : candidates_for(s, id)) {
    s.hide(c);
    const FigureRange range = range_of(s, id);
    s.show(c);
    const double width = range.width();
    const bool protects = wide_enough(range, smallest);
    const bool better = best < 0 || (protects && !best_protects) ||
                        (protects == best_protects && (protects ? cost_of(s.figure(c)) < cost_of(s.figure(best))
                                                                : width > best_width + 1e-9 ||
                                                                      (width > best_width - 1e-9 &&
                                                                       cost_of(s.figure(c)) < cost_of(s.figure(best)))));
    if (better) {
      best = c;
      best_protects = protects;
      best_width = width;
    }
  }
  return best;
}

}  // namespace

bool is_protected(const SumSystem& s, FigureId id, int smallest) {
  const Figure& f = s.figure(id);
  if (!needs_protecting(f, smallest)) return !(f.kind == FigureKind::Shown && !f.hidden && small(f.value, smallest));
  return wide_enough(range_of(s, id), smallest);
}

bool protect(SumSystem& s, int smallest) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const Figure& f = s.figure(static_cast<FigureId>(i));
    if (f.kind == FigureKind::Shown && !f.fixed && small(f.value, smallest)) s.hide(static_cast<FigureId>(i));
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto id = static_cast<FigureId>(i);
    if (!needs_protecting(s.figure(id), smallest)) continue;

    while (!is_protected(s, id, smallest)) {
      const FigureId next = next_to_hide(s, id, smallest);
      if (next < 0) return false;  // the caller hides the whole table
      s.hide(next);
    }
  }
  return true;
}

}  // namespace capwalk
