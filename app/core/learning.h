// learning.h — the learning catalogue: courses, e-learning, guides and conversations
// a person can start, and which capabilities each one serves.
//
// The catalogue is frameworks/learning.json (frameworks/README.md, "The learning
// catalogue"); an organisation adds its own offer through organisation.json
// (organisation.h), shown first. A resource serves a capability when it names the capability's id for that
// framework, or shares one of its theme tags; it suits the tiers it lists. For each
// development need the results show what serves it at the person's tier, best first,
// and a "Start here" pick: free, online, made for the person's setting, the most
// relevant, then the shortest.
//
//   LearningLoad load = load_learning(text, frameworks);   // every problem, with paths
//   auto list = learning_for(catalogue, framework.id, capability, tier);
//   const LearningResource* first = start_here(list, framework.id, capability);
//   for (const LearningResource* r : in_shown_order(list, first)) ...
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "framework.h"
#include "problems.h"

namespace capwalk {

enum class LearningCost { Free, Paid, Employer };

struct LearningResource {
  std::string id, title, provider;
  std::string url;     // https://, the specific page; empty for things done at work
                       // (conversation, shadowing, supervision) and some courses and reading
  std::string format;  // one of known_learning_formats()
  int minutes = 0;     // 0: not known
  LearningCost cost = LearningCost::Free;
  std::vector<int> tiers;                                    // the tiers it suits
  std::vector<std::string> themes;                           // serves capabilities with these
  std::vector<std::string> settings;                         // made for these service settings
  std::map<std::string, std::vector<std::string>> capabilities;  // framework id -> capability ids
  std::string organisation;  // the organisation offering it; empty for capwalk's catalogue
};

struct LearningCatalogue {
  std::string version;
  std::vector<LearningResource> resources;

  const LearningResource* find(const std::string& resource_id) const;
};

struct LearningLoad {
  std::optional<LearningCatalogue> catalogue;
  std::vector<Problem> problems;
};

// Capability ids are checked against `frameworks`; those of a framework not in the
// list are reported as warnings, as they cannot be checked.
LearningLoad load_learning(std::string_view text, const std::vector<const Framework*>& frameworks);

// Plain words for people: "Free", "Paid", "Through your employer".
const char* cost_label(LearningCost cost);
// Formats with no address: things done with people at work.
bool is_in_person(const std::string& format);
// Something to open and start now: it has an address and is e-learning, a video or reading.
bool is_online(const LearningResource& resource);
bool serves(const LearningResource& resource, const std::string& framework_id,
            const Capability& capability);
bool suits_tier(const LearningResource& resource, int tier);

// How closely a resource fits a capability: naming it beats any theme; otherwise the
// number of the capability's themes it shares (0: it does not serve it).
int relevance(const LearningResource& resource, const std::string& framework_id, const Capability& capability);

// What serves `capability` at `tier`, best first: the organisation's own, then the
// most relevant, then free before the rest, then shorter (unknown last).
std::vector<const LearningResource*> learning_for(const LearningCatalogue& catalogue,
                                                  const std::string& framework_id,
                                                  const Capability& capability, int tier);
// Start here: of the free and online resources in `suited`, one made for a setting
// of `settings` if there is one, then the most relevant, then the shortest (the first
// of equals); nullptr if none is free and online.
const LearningResource* start_here(const std::vector<const LearningResource*>& suited,
                                   const std::string& framework_id, const Capability& capability,
                                   const std::vector<std::string>& settings = {});
// Whether `resource` is made for one of `settings`.
bool made_for(const LearningResource& resource, const std::vector<std::string>& settings);

// An address a person may be sent to: "https://", a host name with a dot (letters,
// digits, '-' and '.'), then printable ASCII with no spaces, quotes or angle brackets.
bool is_well_formed_https(std::string_view address);

// How a need's learning is shown: the organisation's own first, then the Start here
// pick, then the rest in learning_for() order.
std::vector<const LearningResource*> in_shown_order(const std::vector<const LearningResource*>& suited,
                                                   const LearningResource* start_here_pick);

// A need's learning as the results, the plan and the printed report show it.
struct NeedLearning {
  std::vector<const LearningResource*> shown;  // in_shown_order()
  const LearningResource* start_here = nullptr;
};
NeedLearning need_learning(const LearningCatalogue& catalogue, const std::string& framework_id,
                           const Capability& capability, int tier,
                           const std::vector<std::string>& settings = {});

// "E-learning · 20 minutes · Free" — what a person weighs before opening it.
std::string learning_facts(const LearningResource& resource);

}  // namespace capwalk
