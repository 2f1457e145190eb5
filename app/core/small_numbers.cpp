#include "small_numbers.h"

#include "team.h"

namespace capwalk {

namespace {
bool small(int n, int smallest) { return n > 0 && n < smallest; }
}  // namespace

std::vector<bool> hidden_counts(const std::vector<int>& counts, int smallest) {
  std::vector<bool> hidden(counts.size(), false);
  int hidden_count = 0;
  for (std::size_t i = 0; i < counts.size(); ++i)
    if (small(counts[i], smallest)) {
      hidden[i] = true;
      ++hidden_count;
    }
  if (hidden_count != 1) return hidden;
  // One hidden figure is the total less the others: hide the next smallest as well.
  std::size_t next = counts.size();
  for (std::size_t i = 0; i < counts.size(); ++i)
    if (!hidden[i] && counts[i] > 0 && (next == counts.size() || counts[i] < counts[next])) next = i;
  if (next < counts.size()) hidden[next] = true;
  return hidden;
}

bool part_hidden(int part, int whole, int smallest) {
  return small(part, smallest) || small(whole - part, smallest);
}

bool group_shown(int group, int everyone, int smallest) {
  return group >= smallest && !small(everyone - group, smallest);
}

std::string hidden_note(int smallest) {
  return "“Hidden” means a figure is left out so that nobody can work out a figure about " + fewer_than(smallest) +
         " people from the figures beside it.";
}

std::string fewer_than(int smallest) { return "fewer than " + std::to_string(smallest); }

std::string percent(int part, int whole) {
  if (whole <= 0) return "0%";
  const long long p = (200LL * part + whole) / (2LL * whole);  // rounded half up
  return std::to_string(p) + "%";
}

std::string count_text(int n, bool hidden, int smallest) {
  if (!hidden) return with_thousands(n);
  return small(n, smallest) ? fewer_than(smallest) : "hidden";
}

std::string share_text(int part, int whole, bool hidden, int smallest) {
  if (hidden) return count_text(part, hidden, smallest);
  return percent(part, whole) + " (" + with_thousands(part) + ")";
}

}  // namespace capwalk
