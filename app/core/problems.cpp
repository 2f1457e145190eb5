#include "problems.h"

#include <algorithm>

namespace capwalk {

std::string to_string(const Problem& problem) {
  return problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
}

bool has_errors(const std::vector<Problem>& problems) { return count(problems, Severity::Error) > 0; }

int count(const std::vector<Problem>& problems, Severity severity) {
  return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                        [&](const Problem& p) { return p.severity == severity; }));
}

}  // namespace capwalk
