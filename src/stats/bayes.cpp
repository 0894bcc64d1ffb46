#include "stats/bayes.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

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
        return util::fail(util::Error::invalid(
            "a positive result is impossible with this prior, sensitivity and "
            "false_positive_rate (P(positive) = 0)"));
    return true_positive / evidence;
}

util::Result<double> bayes_ab(const ProportionCounts& c) {
    if (auto ok = check_counts(c); !ok) return util::fail(ok.error());
    // Evan Miller, "Formulas for Bayesian A/B testing":
    //   P(p_B > p_A) = sum_{i=0}^{a_B - 1} B(a_A + i, b_A + b_B) / ((b_B + i) B(1 + i, b_B) B(a_A, b_A))
    // with A = group 1, B = group 2. Terms are formed in log space (the Beta functions
    // under/overflow for counts in the thousands) and summed relative to the largest.
    const double a1 = 1 + c.x1, b1 = 1 + c.n1 - c.x1;
    const double a2 = 1 + c.x2, b2 = 1 + c.n2 - c.x2;
    const auto terms = static_cast<std::size_t>(a2);
    std::vector<double> log_terms(terms);
    const double log_norm = log_beta(a1, b1);
    for (std::size_t k = 0; k < terms; ++k) {
        const double i = static_cast<double>(k);
        log_terms[k] = log_beta(a1 + i, b1 + b2) - std::log(b2 + i) - log_beta(1 + i, b2) - log_norm;
    }
    const double largest = *std::max_element(log_terms.begin(), log_terms.end());
    double scaled_sum = 0;
    for (double term : log_terms) scaled_sum += std::exp(term - largest);
    return std::min(1.0, std::exp(largest) * scaled_sum);
}

}  // namespace prepl::stats
