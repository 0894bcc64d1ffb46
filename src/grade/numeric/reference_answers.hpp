#pragma once
// The reference values of a numeric problem for one seed: drawn params, then each answer
// computed by a registry solver or an expression (never a number typed into the JSON).
#include <cstdint>
#include <string_view>
#include <vector>

#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/param_set.hpp"
#include "util/error.hpp"

namespace prepl::grade::numeric {

inline constexpr int k_max_draws = 1000;

struct ReferenceAnswers {
    std::uint64_t seed = 0;
    ParamSet params;             // as drawn, file order
    std::vector<double> values;  // one per answer, in answer order; all finite
    std::vector<double> raw;     // the same before an answer's "round" made it whole
    std::vector<Tolerance> tolerances;  // each answer's tolerance for this draw
    int attempts = 1;                   // draws made until every "require" held
    ParamSet answers;            // the same values by answer name (for {=name} in explanations)
    ParamSet scope() const;      // params plus every answer's value by name (what mistakes see)
};

// One computation's value in `scope`. Fails with the computation's pointer and the solver's or
// the expression's message (a solver that rejects these inputs, a non-finite result).
util::Result<double> compute(const Computation& computation, const ParamSet& scope);

// Draws the params for `seed` and computes every answer in order (each may read earlier ones);
// when a "require" condition fails, draws again (attempt 1, 2, ...; deterministic), up to
// k_max_draws, then fails naming the condition.
util::Result<ReferenceAnswers> compute_references(const NumericSpec& spec, std::uint64_t seed,
                                                  std::string_view problem_id);

}  // namespace prepl::grade::numeric
