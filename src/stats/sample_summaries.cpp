#include "stats/sample_summaries.hpp"

#include <cmath>

#include "stats/checks.hpp"

namespace prepl::stats {

util::Status check_counts(const ProportionCounts& c) {
    return Checks{}
        .whole_positive("n1", c.n1)
        .whole_positive("n2", c.n2)
        .whole_non_negative("x1", c.x1)
        .whole_non_negative("x2", c.x2)
        .at_most("x1", c.x1, "n1", c.n1)
        .at_most("x2", c.x2, "n2", c.n2)
        .status();
}

util::Status check_summary(const TwoSampleSummary& s) {
    return Checks{}
        .finite("mean1", s.mean1)
        .finite("mean2", s.mean2)
        .non_negative("sd1", s.sd1)
        .non_negative("sd2", s.sd2)
        .whole_positive("n1", s.n1)
        .whole_positive("n2", s.n2)
        .at_least("n1", s.n1, 2)
        .at_least("n2", s.n2, 2)
        .require(s.sd1 > 0 || s.sd2 > 0, "sd1 and sd2 cannot both be 0")
        .status();
}

double welch_standard_error(const TwoSampleSummary& s) {
    return std::sqrt(s.sd1 * s.sd1 / s.n1 + s.sd2 * s.sd2 / s.n2);
}

double welch_df(const TwoSampleSummary& s) {
    const double v1 = s.sd1 * s.sd1 / s.n1;
    const double v2 = s.sd2 * s.sd2 / s.n2;
    return (v1 + v2) * (v1 + v2) / (v1 * v1 / (s.n1 - 1) + v2 * v2 / (s.n2 - 1));
}

}  // namespace prepl::stats
