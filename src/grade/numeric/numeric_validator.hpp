#pragma once
// `prepl validate` for numeric problems: can this problem be trusted to grade honestly?
#include <string>
#include <vector>

#include "bank/problem.hpp"

namespace prepl::grade::numeric {

// Seeds validate tries: the default seed (what `check` uses) and 1 .. k_validate_seeds - 1.
inline constexpr int k_validate_seeds = 20;

// One message per defect, empty when the problem is sound. Checks: the spec parses; for every
// seed the params draw, every answer and mistake computes to a finite number, and the prompt and
// explanation placeholders resolve; the prompt shows every param the answers and mistakes use
// (an expr param may instead have all its inputs shown; a fixed number may instead appear
// literally, e.g. "0.05" or "5%"); each mistake differs from its answer's reference (beyond the
// tolerance) for at least one seed; the references typed as a user would (6 significant digits,
// whole numbers exactly) are accepted.
std::vector<std::string> validate_numeric_problem(const bank::Problem& problem);

}  // namespace prepl::grade::numeric
