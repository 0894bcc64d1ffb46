#pragma once
// What `list` shows per problem: solved, tried (attempted, never accepted) and due for review.
#include <map>
#include <string>
#include <vector>

#include "session/clock.hpp"
#include "session/records.hpp"

namespace prepl::session {

// id -> "solved", "tried", "solved, due", "tried, due" or "due"; problems never attempted and
// not due are absent. Attempts with status error (a broken bank) do not count; errored ones
// (SQL that did not parse) count as tried.
std::map<std::string, std::string> problem_marks(const std::vector<Attempt>& attempts,
                                                 const std::vector<ReviewState>& reviews, UnixMs now);

}  // namespace prepl::session
