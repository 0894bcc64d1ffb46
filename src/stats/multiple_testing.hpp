#pragma once
// Multiple-testing corrections, as R's p.adjust: adjusted p-values in input order, capped at 1.
#include <span>

#include "stats/args.hpp"
#include "util/error.hpp"

namespace prepl::stats {

enum class Adjustment { bonferroni, holm, benjamini_hochberg };

struct AdjustedPValues {
    Vector adjusted;  // input order
    Vector rejected;  // 1 where adjusted <= alpha, else 0
};

// Fails when p_values is empty or holds a value outside [0, 1], or alpha is not in (0, 1).
util::Result<AdjustedPValues> adjust_p_values(std::span<const double> p_values, double alpha,
                                              Adjustment method);

}  // namespace prepl::stats
