#pragma once
// A problem as the user first sees it: title, tags, prompt, and for SQL the tables and columns.
#include <string>

#include "bank/problem.hpp"
#include "grade/fixtures.hpp"

namespace prepl::repl {

std::string render_problem(const bank::Problem& problem, grade::Fixtures& fixtures, bool color);

// "users(user_id INTEGER, signup_date TEXT, ...)" lines for the problem's sample data.
std::string render_schema(const bank::Problem& problem, grade::Fixtures& fixtures);

}  // namespace prepl::repl
