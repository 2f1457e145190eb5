// capwalk-validate FILE... — checks framework, role, learning and organisation files
// with the app's own loaders.
//
// Frameworks are read first, then role catalogues, then learning catalogues, then
// organisation files, so each is checked against those before it. Prints every problem with its JSON path; exits 1 if any file has errors,
// 2 if a file cannot be read.
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "framework_loader.h"
#include "learning.h"
#include "organisation.h"

namespace {

bool read_file(const std::string& path, std::string& into) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  into = s.str();
  return true;
}

void print_problems(const std::string& file, const std::vector<capwalk::Problem>& problems) {
  for (const capwalk::Problem& p : problems)
    std::cout << file << ": " << (p.severity == capwalk::Severity::Error ? "error" : "warning")
              << ": " << capwalk::to_string(p) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: capwalk-validate FILE...\n"
                 "Checks capwalk framework files, role catalogues, learning catalogues and\n"
                 "organisation files (see frameworks/README.md and README.md).\n";
    return 2;
  }
  struct Input { std::string path, text; capwalk::FileKind kind; };
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    Input in{argv[i], {}, capwalk::FileKind::Unknown};
    if (!read_file(in.path, in.text)) {
      std::cerr << in.path << ": cannot be read\n";
      return 2;
    }
    in.kind = capwalk::guess_file_kind(in.text);
    inputs.push_back(std::move(in));
  }

  bool any_errors = false;
  std::vector<capwalk::Framework> frameworks;
  frameworks.reserve(inputs.size());
  for (const Input& in : inputs) {
    if (in.kind != capwalk::FileKind::Framework && in.kind != capwalk::FileKind::Unknown) continue;
    capwalk::FrameworkLoad load = capwalk::load_framework(in.text);
    print_problems(in.path, load.problems);
    if (!load.framework) {
      any_errors = true;
      continue;
    }
    const capwalk::Framework& fw = *load.framework;
    std::cout << in.path << ": ok: framework \"" << fw.id << "\" version " << fw.version << ", "
              << fw.domains.size() << " domains, " << fw.capabilities.size() << " capabilities, "
              << fw.indicator_count() << " indicators, " << fw.tiers.size() << " tiers\n";
    frameworks.push_back(std::move(*load.framework));
  }
  std::vector<const capwalk::Framework*> loaded;
  for (const auto& fw : frameworks) loaded.push_back(&fw);
  std::optional<capwalk::RoleCatalogue> roles;
  for (const Input& in : inputs) {
    if (in.kind != capwalk::FileKind::RoleCatalogue) continue;
    capwalk::RolesLoad load = capwalk::load_roles(in.text, loaded);
    print_problems(in.path, load.problems);
    if (!load.catalogue) {
      any_errors = true;
      continue;
    }
    std::cout << in.path << ": ok: " << load.catalogue->roles.size() << " roles in "
              << load.catalogue->sectors.size() << " sectors\n";
    roles = std::move(load.catalogue);
  }
  capwalk::LearningCatalogue learning;
  for (const Input& in : inputs) {
    if (in.kind != capwalk::FileKind::LearningCatalogue) continue;
    capwalk::LearningLoad load = capwalk::load_learning(in.text, loaded);
    print_problems(in.path, load.problems);
    if (!load.catalogue) {
      any_errors = true;
      continue;
    }
    std::cout << in.path << ": ok: " << load.catalogue->resources.size() << " learning resources\n";
    learning = std::move(*load.catalogue);
  }
  for (const Input& in : inputs) {
    if (in.kind != capwalk::FileKind::Organisation) continue;
    capwalk::OrganisationLoad load =
        capwalk::load_organisation(in.text, loaded, roles ? &*roles : nullptr, learning);
    print_problems(in.path, load.problems);
    if (!load.organisation) {
      any_errors = true;
      continue;
    }
    std::cout << in.path << ": ok: organisation \"" << load.organisation->name << "\", "
              << load.organisation->resources.size() << " resources of its own\n";
  }
  return any_errors ? 1 : 0;
}
