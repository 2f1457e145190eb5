// learning_reader.h — reads a list of learning resources with JsonChecker, for the
// catalogue (learning.json) and an organisation's own offer (organisation.json),
// so both are held to the same rules and report problems with the same paths.
#pragma once

#include <string>
#include <vector>

#include "json_checker.h"
#include "learning.h"

namespace capwalk {

// Reads root[key] (required when `required`) into `out`, every resource marked as
// offered by `organisation` (empty for capwalk's catalogue). Ids must be unique
// within the list and not already in `taken`.
void read_resources(JsonChecker& check, const nlohmann::json& root, const char* key, bool required,
                    const std::vector<const Framework*>& frameworks,
                    const std::string& organisation, const LearningCatalogue* taken,
                    std::vector<LearningResource>& out);

}  // namespace capwalk
