// framework_library.h — the frameworks, roles and learning available in this session,
// and the organisation's own deployment file when there is one.
//
// The shipped files are listed at start-up (shipped_files.h: the build's index) and
// added as they are fetched, when something needs them. A person may also open a framework file
// of their own (an organisation's framework): it goes through the same loader, and
// is either added to the list or refused with a plain-English headline and the full
// list of problems. Nothing already loaded or stored is changed by a refused file,
// and a file cannot replace a framework that is already here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "framework.h"
#include "learning.h"
#include "organisation.h"
#include "problems.h"
#include "shipped_files.h"

namespace capwalk {

struct LibraryEntry {
  Framework framework;
  std::string opened_from;  // file name when a person opened it; empty when shipped
};

struct FileImport {
  bool added = false;
  std::string framework_id;         // when added
  std::string headline;             // one or two plain sentences for the person
  std::vector<Problem> problems;    // every problem, for whoever wrote the file
};

class FrameworkLibrary {
 public:
  // The build's list of its own files, before any of them is fetched.
  void set_shipped_index(ShippedIndex index) { shipped_ = std::move(index); }
  const ShippedIndex& shipped() const { return shipped_; }
  // One of capwalk's own frameworks, fetched or not; nullptr for any other id.
  const ShippedFramework* shipped_framework(const std::string& framework_id) const;
  // The framework's short title, from its index entry until it is fetched; else the id.
  std::string short_title_of(const std::string& framework_id) const;
  // Adds a shipped framework; returns its problems (none expected).
  std::vector<Problem> add_shipped_framework(std::string_view text);
  // Loads the role catalogue, checking it against the frameworks added so far.
  std::vector<Problem> set_shipped_roles(std::string_view text);
  // Loads the learning catalogue, checking it against the frameworks added so far.
  std::vector<Problem> set_shipped_learning(std::string_view text);
  // The organisation's organisation.json, after the shipped files: when it loads, its
  // offer comes first in learning(); when it does not, nothing changes.
  std::vector<Problem> set_organisation(std::string_view text);
  // A file the person opened or dropped on the page.
  FileImport import_file(const std::string& file_name, std::string_view text);

  const std::vector<LibraryEntry>& entries() const { return entries_; }
  const LibraryEntry* find(const std::string& framework_id) const;
  const RoleCatalogue* roles() const { return roles_ ? &*roles_ : nullptr; }
  // capwalk's catalogue, with the organisation's own resources first.
  const LearningCatalogue& learning() const { return learning_; }
  const Organisation* organisation() const { return organisation_ ? &*organisation_ : nullptr; }
  // need_learning() over learning(), worked out once per need: the results draw every
  // need on every frame (96 of them for the NOS), and the answer only changes with the
  // catalogue.
  const NeedLearning& learning_for_need(const std::string& framework_id, const Capability& capability,
                                        int tier, const std::vector<std::string>& settings = {}) const;

 private:
  std::vector<const Framework*> frameworks() const;

  ShippedIndex shipped_;
  std::vector<LibraryEntry> entries_;
  std::optional<RoleCatalogue> roles_;
  LearningCatalogue shipped_learning_, learning_;
  std::optional<Organisation> organisation_;
  mutable std::map<std::tuple<std::string, std::string, int, std::vector<std::string>>, NeedLearning>
      need_learning_;
};

}  // namespace capwalk
