#include "framework_library.h"

#include <algorithm>

#include "framework_loader.h"
#include "json_checker.h"

namespace capwalk {

namespace {

bool any_message_starts(const std::vector<Problem>& problems, const std::string& start) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
    return p.severity == Severity::Error && p.message.rfind(start, 0) == 0;
  });
}

// What went wrong, in words for the person who opened the file (who may not be the
// person who wrote it).
std::string refusal_headline(const std::vector<Problem>& problems) {
  const std::string lead = "capwalk cannot use this file. ";
  if (any_message_starts(problems, "the file is too large"))
    return lead + "It is larger than a framework file can be (2 MB).";
  if (any_message_starts(problems, "this is not valid JSON") ||
      any_message_starts(problems, "the file is nested too deeply") ||
      any_message_starts(problems, "expected an object"))
    return lead + "It is not a framework file: capwalk could not read it as one.";
  if (any_message_starts(problems, "this is a role catalogue"))
    return lead + "It is a list of roles, not a framework.";
  if (any_message_starts(problems, "this file was made for a newer version"))
    return lead + "It was made for a newer version of capwalk. Reload the page to get the "
                  "latest version, then try again.";
  const int errors = count(problems, Severity::Error);
  return lead + "It has " + std::to_string(errors) +
         (errors == 1 ? " problem that needs" : " problems that need") +
         " fixing. Whoever wrote the file can use the list below.";
}

}  // namespace

std::vector<Problem> FrameworkLibrary::add_shipped_framework(std::string_view text) {
  FrameworkLoad load = load_framework(text);
  if (load.framework && !find(load.framework->id))
    entries_.push_back(LibraryEntry{std::move(*load.framework), {}});
  return load.problems;
}

std::vector<Problem> FrameworkLibrary::set_shipped_roles(std::string_view text) {
  RolesLoad load = load_roles(text, frameworks());
  if (load.catalogue) roles_ = std::move(load.catalogue);
  return load.problems;
}

std::vector<Problem> FrameworkLibrary::set_shipped_learning(std::string_view text) {
  LearningLoad load = load_learning(text, frameworks());
  if (load.catalogue && roles_) {
    const std::vector<LearningResource>& list = load.catalogue->resources;
    for (std::size_t i = 0; i < list.size(); ++i)
      for (std::size_t j = 0; j < list[i].settings.size(); ++j)
        if (!roles_->find_setting(list[i].settings[j]))
          load.problems.push_back({Severity::Warning,
                                   index_path(child_path(index_path("resources", i), "settings"), j),
                                   "setting \"" + list[i].settings[j] + "\" is not in the role catalogue"});
  }
  if (load.catalogue) {
    shipped_learning_ = std::move(*load.catalogue);
    learning_ = organisation_ ? with_organisation(shipped_learning_, *organisation_) : shipped_learning_;
    need_learning_.clear();
  }
  return load.problems;
}

std::vector<Problem> FrameworkLibrary::set_organisation(std::string_view text) {
  OrganisationLoad load = load_organisation(text, frameworks(), roles(), shipped_learning_);
  if (load.organisation) {
    organisation_ = std::move(load.organisation);
    learning_ = with_organisation(shipped_learning_, *organisation_);
    need_learning_.clear();
  }
  return load.problems;
}

const NeedLearning& FrameworkLibrary::learning_for_need(const std::string& framework_id,
                                                       const Capability& capability, int tier,
                                                       const std::vector<std::string>& settings) const {
  const auto key = std::make_tuple(framework_id, capability.id, tier, settings);
  auto it = need_learning_.find(key);
  if (it == need_learning_.end())
    it = need_learning_.emplace(key, need_learning(learning_, framework_id, capability, tier, settings)).first;
  return it->second;
}

FileImport FrameworkLibrary::import_file(const std::string& file_name, std::string_view text) {
  FileImport result;
  FrameworkLoad load = load_framework(text);
  result.problems = std::move(load.problems);
  if (!load.framework) {
    result.headline = refusal_headline(result.problems);
    return result;
  }
  if (find(load.framework->id) || shipped_framework(load.framework->id)) {
    result.problems.push_back({Severity::Error, "id",
                               "a framework with the id \"" + load.framework->id +
                                   "\" is already loaded (\"" + short_title_of(load.framework->id) +
                                   "\")"});
    result.headline = "capwalk cannot use this file. A framework with the same id (\"" +
                      load.framework->id +
                      "\") is already here. Whoever wrote the file can give it a different id.";
    return result;
  }
  if (roles_)
    for (Problem& p : unknown_settings(*load.framework, *roles_)) result.problems.push_back(std::move(p));
  result.added = true;
  result.framework_id = load.framework->id;
  result.headline = "Added “" + load.framework->short_title +
                    "”. You can choose it below. It stays until you close this page.";
  const int warnings = count(result.problems, Severity::Warning);
  if (warnings > 0)
    result.headline += " capwalk ignored " + std::to_string(warnings) +
                       (warnings == 1 ? " part" : " parts") + " of the file it did not recognise.";
  entries_.push_back(LibraryEntry{std::move(*load.framework), file_name});
  return result;
}

const LibraryEntry* FrameworkLibrary::find(const std::string& framework_id) const {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const LibraryEntry& e) { return e.framework.id == framework_id; });
  return it == entries_.end() ? nullptr : &*it;
}

const ShippedFramework* FrameworkLibrary::shipped_framework(const std::string& framework_id) const {
  for (const ShippedFramework& f : shipped_.frameworks)
    if (f.id == framework_id) return &f;
  return nullptr;
}

std::string FrameworkLibrary::short_title_of(const std::string& framework_id) const {
  if (const LibraryEntry* entry = find(framework_id)) return entry->framework.short_title;
  if (const ShippedFramework* f = shipped_framework(framework_id)) return f->short_title;
  return framework_id;
}

std::vector<const Framework*> FrameworkLibrary::frameworks() const {
  std::vector<const Framework*> out;
  for (const LibraryEntry& e : entries_) out.push_back(&e.framework);
  return out;
}

}  // namespace capwalk
