#pragma once
// The one entry point of grading: routes an answer to the SQL, numeric or case grader.
#include <string_view>

#include "bank/problem.hpp"
#include "grade/fixtures.hpp"
#include "grade/sql_grader.hpp"
#include "grade/verdict.hpp"

namespace prepl::grade {

Verdict grade_answer(const bank::Problem& problem, std::string_view answer, Fixtures& fixtures,
                     const GradeOptions& options = {});

}  // namespace prepl::grade
