#pragma once
// `prepl validate` for numeric problems: can this problem be trusted to grade honestly?
#include <string>
#include <vector>

#include "bank/problem.hpp"

namespace prepl::grade::numeric {

// Seeds validate tries: the default seed (what `check` uses) and 1 .. k_validate_seeds - 1.
inline constexpr int k_validate_seeds = 200;
// The bar: the reference is accepted on every seed; each mistake rejected (and named) on 99%.
inline constexpr double k_mistake_bar = 0.99;

// How one listed mistake fares over the seeds, typed as a user would (typed_by_hand).
struct MistakeRate {
    std::size_t index = 0;  // into the "mistakes" list
    std::string answer;     // the answer it belongs to
    int seeds = 0;          // seeds where its value could be computed
    int rejected = 0;       // ... where that value is not accepted as the reference
    int named = 0;          // ... where it is rejected and its own message is shown
};

struct NumericValidation {
    std::vector<std::string> findings;  // one message per defect, empty when sound
    int seeds = 0;                      // seeds tried
    int reference_accepted = 0;         // seeds where every reference typed by hand is accepted
    std::vector<MistakeRate> mistakes;  // one per listed mistake
    // For answers with "round": the unrounded value and the other whole number (answer holds
    // "name unrounded" / "name rounded the other way"; named = the rounding note was shown).
    std::vector<MistakeRate> rounding;
};

// Checks: the spec parses; for every seed the params draw, every answer and mistake computes to
// a finite number, and the prompt and explanation placeholders resolve; the prompt shows every
// param the answers and mistakes use (an expr param may instead have all its inputs shown; a
// fixed number may instead appear literally, e.g. "0.05" or "5%"); the references typed by hand
// (4 significant digits, whole numbers exactly) are accepted on every seed; every mistake typed
// by hand is rejected, and named, on at least k_mistake_bar of the seeds.
NumericValidation validate_numeric(const bank::Problem& problem, int seeds = k_validate_seeds);

// validate_numeric's findings.
std::vector<std::string> validate_numeric_problem(const bank::Problem& problem);

// "ctr-two-proportion-ztest: reference 200/200; p_value one-sided... " — one line of rates.
std::string describe_rates(const bank::Problem& problem, const NumericValidation& validation);

}  // namespace prepl::grade::numeric
