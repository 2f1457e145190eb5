#include "small_numbers.h"

#include "team.h"

namespace capwalk {

std::string hidden_note(int smallest) {
  return "“Hidden” means a figure is about " + fewer_than(smallest) +
         " people, or is left out so that nobody can work out such a figure from this report, the report for everyone "
         "or the report for a wider group.";
}

std::string small_numbers_sentence(int smallest) {
  return "Small numbers are protected: any figure about " + fewer_than(smallest) +
         " people, and any figure that would let someone work one out from the others, is hidden.";
}

std::string fewer_than(int smallest) { return "fewer than " + std::to_string(smallest); }

std::string percent(int part, int whole) {
  if (whole <= 0) return "0%";
  const long long p = (200LL * part + whole) / (2LL * whole);  // rounded half up
  return std::to_string(p) + "%";
}

std::string count_text(int n, bool hidden, int) { return hidden ? "hidden" : with_thousands(n); }

std::string share_text(int part, int whole, bool hidden, int smallest) {
  if (hidden) return count_text(part, hidden, smallest);
  return percent(part, whole) + " (" + with_thousands(part) + ")";
}

}  // namespace capwalk
