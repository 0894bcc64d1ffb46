#pragma once
// The checks `prepl validate` adds for authors beyond the SQL ones (bank_validator.hpp): every
// grader loads, case problems are internally consistent and their rubric can be earned, and no
// "TODO" left by `prepl new` remains. Each finding names the file and a JSON pointer or Lua line.
#include <vector>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "grade/fixtures.hpp"

namespace prepl::grade {

// The marker `prepl new` leaves in everything the author must finish.
inline constexpr std::string_view k_todo_marker = "TODO";

// The grader file compiles and returns a function (without calling it).
std::vector<ValidationFinding> validate_grader_loads(const bank::Problem& problem, const bank::Bank& bank);

// A case problem: part ids unique; choice answers in range (one for "choice"); every criterion
// names an existing text part; the model answer earns full marks and meets every criterion; an
// empty answer earns zero; each criterion is met by a sentence made of its own concepts.
std::vector<ValidationFinding> validate_case_problem(const bank::Problem& problem, const bank::Bank& bank);

// TODO markers in the problem JSON (by pointer) and in its own grader file (by line).
std::vector<ValidationFinding> find_todo_markers(const bank::Problem& problem, const bank::Bank& bank);

// All of the above that apply to the problem, plus for a SQL problem with a grader: the
// reference solution is accepted with the grader applied.
std::vector<ValidationFinding> validate_authoring(const bank::Problem& problem, const bank::Bank& bank,
                                                  Fixtures& fixtures);

}  // namespace prepl::grade
