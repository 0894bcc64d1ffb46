#pragma once
// A numeric problem's texts with the numbers of one seed filled in.
#include <cstdint>
#include <string>

#include "bank/problem.hpp"
#include "util/error.hpp"

namespace prepl::grade::numeric {

// The prompt with {name} replaced by the params drawn for `seed`. Fails (naming the JSON
// pointer) when the spec is broken or a placeholder names nothing.
util::Result<std::string> numeric_prompt(const bank::Problem& problem, std::uint64_t seed);

// The explanation with {name} and {=answer} (reference, 4 significant digits) filled in.
util::Result<std::string> numeric_explanation(const bank::Problem& problem, std::uint64_t seed);

// "z = 2.38349, p_value = 0.0171..." — each answer's reference, 6 significant digits, one per line.
util::Result<std::string> numeric_solution(const bank::Problem& problem, std::uint64_t seed);

}  // namespace prepl::grade::numeric
