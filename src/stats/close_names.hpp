#pragma once
// "Did you mean ...?" candidates by edit distance.
#include <string>
#include <string_view>
#include <vector>

namespace prepl::stats {

// Levenshtein distance, case-sensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Candidates within a third of the name's length in edits (at least 1), or containing the name,
// closest first.
std::vector<std::string> close_names(std::string_view name,
                                     const std::vector<std::string>& candidates);

}  // namespace prepl::stats
