#include "stats/bayes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/checks.hpp"

namespace prepl::stats {
namespace {

double log_beta(double a, double b) { return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b); }

}  // namespace

util::Result<double> bayes_rule(const DiagnosticTest& t) {
    if (auto ok = Checks{}
                      .probability("prior", t.prior)
                      .probability("sensitivity", t.sensitivity)
                      .probability("false_positive_rate", t.false_positive_rate)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double true_positive = t.prior * t.sensitivity;
    const double evidence = true_positive + (1 - t.prior) * t.false_positive_rate;
    if (evidence <= 0)
        return util::fail(
            util::Error::invalid("a positive result is impossible with this prior, sensitivity and "
                                 "false_positive_rate (P(positive) = 0)"));
    return true_positive / evidence;
}

util::Result<double> bayes_ab(const ProportionCounts& c) {
    if (auto ok = check_counts(c); !ok) return util::fail(ok.error());
    // Evan Miller, "Formulas for Bayesian A/B testing":
    //   P(p_B > p_A) = sum_{i=0}^{a_B - 1} B(a_A + i, b_A + b_B) / ((b_B + i) B(1 + i, b_B) B(a_A,
    //   b_A))
    // with A = group 1, B = group 2. Terms are formed in log space (the Beta functions
    // under/overflow for counts in the thousands) and summed relative to the largest.
    const double a1 = 1 + c.x1, b1 = 1 + c.n1 - c.x1;
    const double a2 = 1 + c.x2, b2 = 1 + c.n2 - c.x2;
    // Each term is formed from lgamma directly (not by a running ratio, whose rounding would
    // grow with x2); the running log-sum-exp rescales when a larger term appears.
    const double log_norm = log_beta(a1, b1);
    double largest = -std::numeric_limits<double>::infinity();
    double scaled_sum = 0;  // sum of exp(term - largest)
    for (double i = 0; i < a2; ++i) {
        const double term =
            log_beta(a1 + i, b1 + b2) - std::log(b2 + i) - log_beta(1 + i, b2) - log_norm;
        if (term > largest) {
            scaled_sum = scaled_sum * std::exp(largest - term) + 1;
            largest = term;
        } else {
            scaled_sum += std::exp(term - largest);
        }
    }
    return std::min(1.0, std::exp(largest) * scaled_sum);
}

}  // namespace prepl::stats
