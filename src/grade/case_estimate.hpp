#pragma once
// Estimate (Fermi) parts of a case problem: a number the candidate types, graded in log space.
// A part {"type": "estimate", "answer_value": V, "factor": F, "points": P} earns P when the typed
// value x > 0 satisfies max(x/V, V/x) <= F, else 0 (docs/authoring.md, "Estimate parts").
#include <string>
#include <string_view>

#include "grade/case_problem.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// A typed estimate: "2.5 million", "2.5e6", "2,500,000", "40k", "$3bn", "about 1.2 billion
// trips". Words before the number ("about", "~") and after the scale word (units) are ignored.
// Fails, worded for the user, when there is no number or a second number follows the first.
util::Result<double> parse_estimate(std::string_view text);

// How far x is from the reference, as a factor >= 1: max(x/V, V/x); infinity when x <= 0.
double estimate_ratio(const CasePart& part, double x);

// Points earned by x on an estimate part.
double estimate_score(const CasePart& part, double x);

// A short human form of a number: 2500000 -> "2.5 million".
std::string format_estimate(double x);

}  // namespace prepl::grade
