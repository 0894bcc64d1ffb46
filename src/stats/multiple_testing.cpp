#include "stats/multiple_testing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "stats/checks.hpp"

namespace prepl::stats {

util::Result<AdjustedPValues> adjust_p_values(std::span<const double> p_values, double alpha,
                                              Adjustment method) {
    Checks checks;
    checks.min_length("p_values", p_values, 1).open_probability("alpha", alpha);
    for (std::size_t i = 0; i < p_values.size(); ++i)
        checks.probability(fmt::format("p_values[{}]", i + 1), p_values[i]);
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    const std::size_t m = p_values.size();
    const double count = static_cast<double>(m);
    std::vector<std::size_t> order(m);  // indices by ascending p
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });

    AdjustedPValues result;
    result.adjusted.assign(m, 0.0);
    switch (method) {
        case Adjustment::bonferroni:
            for (std::size_t i = 0; i < m; ++i)
                result.adjusted[i] = std::min(1.0, count * p_values[i]);
            break;
        case Adjustment::holm: {
            // Step-down: (m - rank + 1) p, made monotone with a running maximum.
            double running_max = 0;
            for (std::size_t rank = 0; rank < m; ++rank) {
                const std::size_t i = order[rank];
                running_max =
                    std::max(running_max, (count - static_cast<double>(rank)) * p_values[i]);
                result.adjusted[i] = std::min(1.0, running_max);
            }
            break;
        }
        case Adjustment::benjamini_hochberg: {
            // Step-up: m / rank * p, made monotone with a running minimum from the largest p.
            double running_min = 1;
            for (std::size_t rank = m; rank-- > 0;) {
                const std::size_t i = order[rank];
                running_min =
                    std::min(running_min, count / static_cast<double>(rank + 1) * p_values[i]);
                result.adjusted[i] = running_min;
            }
            break;
        }
    }
    result.rejected.reserve(m);
    for (double p : result.adjusted) result.rejected.push_back(p <= alpha ? 1.0 : 0.0);
    return result;
}

}  // namespace prepl::stats
