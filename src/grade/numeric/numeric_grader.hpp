#pragma once
// Grades a numeric answer: draws the params for the seed, computes each answer's reference with
// the stats solvers, reads the user's values and compares each within its tolerance.
#include <cstdint>
#include <string_view>

#include "bank/problem.hpp"
#include "grade/numeric/answer_parser.hpp"
#include "grade/verdict.hpp"

namespace prepl::grade::numeric {

// score = parts right, max_score = parts; accepted only when every part is right. Feedback has
// one line per part and the message of any known mistake the user's value matches. With
// `reveal` false the reference of a wrong part is not named in feedback (the user may retry);
// right parts always show it. A broken problem (bad spec, a solver failing for this seed) is
// Status::error naming the JSON pointer; an unreadable answer is a rejection saying why.
Verdict grade_numeric(const bank::Problem& problem, std::string_view answer, std::uint64_t seed,
                      bool reveal = false);

// check_answer_line with the problem's answer names: the shell calls it on each answer line
// typed, e.g. `if (auto c = check_numeric_line(p, line); !c.problem.empty()) refuse(c.problem);`.
// A problem whose spec does not parse gives no problem (submit reports the broken spec).
LineCheck check_numeric_line(const bank::Problem& problem, std::string_view line);

}  // namespace prepl::grade::numeric
