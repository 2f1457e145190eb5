// problems.h — what is wrong with a file, and where.
//
// Every loader reports problems as (severity, JSON path, message), e.g.
//   error   capabilities[12].tiers.2[0]   expected a string
// so an author can find each one, and a list of them can be shown as is in the
// app, printed by capwalk-validate, or checked in tests.
#pragma once

#include <string>
#include <vector>

namespace capwalk {

enum class Severity { Error, Warning };

struct Problem {
  Severity severity = Severity::Error;
  std::string path;     // "" for the whole file
  std::string message;  // plain words: "expected a string"
};

// "capabilities[12].tiers.2[0]: expected a string" (or the message alone at the root).
std::string to_string(const Problem& problem);

bool has_errors(const std::vector<Problem>& problems);
int count(const std::vector<Problem>& problems, Severity severity);

}  // namespace capwalk
