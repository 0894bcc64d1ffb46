#include "stats/intervals.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

Outputs interval_outputs(const Interval& i) { return {{"lower", i.lower}, {"upper", i.upper}}; }

util::Result<Outputs> run_wilson(const Args& args) {
    ArgReader in(args);
    const ProportionSample s{in.number("successes"), in.number("n"), in.number("confidence")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(wilson_interval(s), interval_outputs);
}

util::Result<Outputs> run_proportion_normal(const Args& args) {
    ArgReader in(args);
    const ProportionSample s{in.number("successes"), in.number("n"), in.number("confidence")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(proportion_ci_normal(s), interval_outputs);
}

util::Result<Outputs> run_mean_ci(const Args& args) {
    ArgReader in(args);
    const MeanSample s{in.number("mean"), in.number("sd"), in.number("n"), in.number("confidence")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(mean_ci(s), interval_outputs);
}

util::Result<Outputs> run_diff_means(const Args& args) {
    ArgReader in(args);
    const TwoSampleSummary s{in.number("mean1"), in.number("sd1"), in.number("n1"),
                             in.number("mean2"), in.number("sd2"), in.number("n2")};
    const double confidence = in.number("confidence");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(diff_means_ci(s, confidence), interval_outputs);
}

util::Result<Outputs> run_diff_proportions(const Args& args) {
    ArgReader in(args);
    const ProportionCounts c{in.number("x1"), in.number("n1"), in.number("x2"), in.number("n2")};
    const double confidence = in.number("confidence");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(diff_proportions_ci(c, confidence), interval_outputs);
}

std::vector<InputSpec> proportion_inputs() {
    return {number_input("successes", "number of successes"), number_input("n", "number of trials"),
            confidence_input()};
}

}  // namespace

std::vector<SolverInfo> interval_solvers() {
    return {
        {"wilson_interval",
         "Wilson score interval for a proportion",
         proportion_inputs(),
         {"lower", "upper"},
         run_wilson},
        {"proportion_ci_normal",
         "Normal (Wald) interval for a proportion: p +- z sqrt(p(1-p)/n), not clipped to [0, 1]",
         proportion_inputs(),
         {"lower", "upper"},
         run_proportion_normal},
        {"mean_ci",
         "t interval for a mean: mean +- t_{n-1} sd / sqrt(n)",
         {number_input("mean", "sample mean"), number_input("sd", "sample standard deviation"),
          number_input("n", "sample size"), confidence_input()},
         {"lower", "upper"},
         run_mean_ci},
        {"diff_means_ci",
         "Welch interval for mean2 - mean1: diff +- t_df SE, Welch-Satterthwaite df",
         {number_input("mean1", "mean of group 1 (control)"),
          number_input("sd1", "sample sd of group 1"), number_input("n1", "size of group 1"),
          number_input("mean2", "mean of group 2 (treatment)"),
          number_input("sd2", "sample sd of group 2"), number_input("n2", "size of group 2"),
          confidence_input()},
         {"lower", "upper"},
         run_diff_means},
        {"diff_proportions_ci",
         "Unpooled Wald interval for p2 - p1: diff +- z sqrt(p1(1-p1)/n1 + p2(1-p2)/n2)",
         {number_input("x1", "successes in group 1 (control)"),
          number_input("n1", "trials in group 1"),
          number_input("x2", "successes in group 2 (treatment)"),
          number_input("n2", "trials in group 2"), confidence_input()},
         {"lower", "upper"},
         run_diff_proportions},
    };
}

}  // namespace prepl::stats
