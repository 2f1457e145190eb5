// framework_loader.h — the one way framework and role files are read.
//
// The app (shipped files and files people open), the unit tests and the
// capwalk-validate command all call these, so they agree on what a valid file is.
// Loading never stops at the first problem: all of them are reported with paths.
// A result with any error has no value; warnings (such as unknown fields, which a
// newer format may add) leave the value usable.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "framework.h"
#include "problems.h"

namespace capwalk {

// The format version this code reads (the files' "format" field).
constexpr int kFrameworkFormat = 1;

struct FrameworkLoad {
  std::optional<Framework> framework;
  std::vector<Problem> problems;
};

struct RolesLoad {
  std::optional<RoleCatalogue> catalogue;
  std::vector<Problem> problems;
};

FrameworkLoad load_framework(std::string_view text);

// Role references are checked against `frameworks`; references to a framework not in
// the list are reported as warnings, as they cannot be checked.
RolesLoad load_roles(std::string_view text, const std::vector<const Framework*>& frameworks);

// Warnings for the settings `framework` maps that the catalogue does not list (the
// frameworks are checked against the catalogue when it loads, and a framework a person
// opens is checked against it then).
std::vector<Problem> unknown_settings(const Framework& framework, const RoleCatalogue& catalogue);

enum class FileKind { Framework, RoleCatalogue, LearningCatalogue, Organisation, Unknown };
// What a file looks like it is meant to be, from its top-level fields.
FileKind guess_file_kind(std::string_view text);

}  // namespace capwalk
