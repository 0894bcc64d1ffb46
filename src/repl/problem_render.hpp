#pragma once
// A problem as the user first sees it: title, tags, prompt, and for SQL the tables and columns.
#include <cstdint>
#include <optional>
#include <string>

#include "bank/problem.hpp"
#include "grade/fixtures.hpp"

namespace prepl::repl {

// A numeric problem's prompt gets the params drawn for `seed` (default: the problem's default
// seed, as `check` without --seed uses) and a "seed: N" line.
std::string render_problem(const bank::Problem& problem, grade::Fixtures& fixtures, bool color,
                           std::optional<std::uint64_t> seed = std::nullopt);

// "users(user_id INTEGER, signup_date TEXT, ...)" lines for the problem's sample data.
std::string render_schema(const bank::Problem& problem, grade::Fixtures& fixtures);

}  // namespace prepl::repl
