#include "stats/hypothesis_tests.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

ProportionCounts read_counts(ArgReader& in) {
    return {in.number("x1"), in.number("n1"), in.number("x2"), in.number("n2")};
}

TwoSampleSummary read_summary(ArgReader& in) {
    return {in.number("mean1"), in.number("sd1"), in.number("n1"),
            in.number("mean2"), in.number("sd2"), in.number("n2")};
}

Outputs t_outputs(const TTest& r) { return {{"t", r.t}, {"df", r.df}, {"p_value", r.p_value}}; }

Outputs chi_outputs(const ChiSquareTest& r) {
    return {{"chi2", r.chi2}, {"df", r.df}, {"p_value", r.p_value}};
}

util::Result<Outputs> run_ztest(const Args& args) {
    ArgReader in(args);
    const auto counts = read_counts(in);
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(two_proportion_ztest(counts), [](const ZTest& r) {
        return Outputs{{"z", r.z}, {"p_value", r.p_value}};
    });
}

util::Result<Outputs> run_welch(const Args& args) {
    ArgReader in(args);
    const auto summary = read_summary(in);
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(welch_ttest(summary), t_outputs);
}

util::Result<Outputs> run_pooled(const Args& args) {
    ArgReader in(args);
    const auto summary = read_summary(in);
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(pooled_ttest(summary), t_outputs);
}

util::Result<Outputs> run_chi_square(const Args& args) {
    ArgReader in(args);
    const Matrix table = in.matrix("table");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(chi_square_independence(table), chi_outputs);
}

util::Result<Outputs> run_srm(const Args& args) {
    ArgReader in(args);
    const SampleRatioInput input{in.number("control"), in.number("treatment"),
                                 in.number("expected_control_share")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(srm_check(input), [](const ChiSquareTest& r) {
        return Outputs{{"chi2", r.chi2}, {"p_value", r.p_value}};
    });
}

util::Result<Outputs> run_mann_whitney(const Args& args) {
    ArgReader in(args);
    const Vector x = in.vector("x"), y = in.vector("y");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(mann_whitney_u(x, y), [](const MannWhitney& r) {
        return Outputs{{"u", r.u}, {"p_value", r.p_value}};
    });
}

std::vector<InputSpec> count_inputs() {
    return {number_input("x1", "successes in group 1 (control)"),
            number_input("n1", "trials in group 1"),
            number_input("x2", "successes in group 2 (treatment)"),
            number_input("n2", "trials in group 2")};
}

std::vector<InputSpec> summary_inputs() {
    return {number_input("mean1", "mean of group 1 (control)"),
            number_input("sd1", "sample sd of group 1"),
            number_input("n1", "size of group 1"),
            number_input("mean2", "mean of group 2 (treatment)"),
            number_input("sd2", "sample sd of group 2"),
            number_input("n2", "size of group 2")};
}

}  // namespace

std::vector<SolverInfo> hypothesis_test_solvers() {
    return {
        {"two_proportion_ztest",
         "Two-proportion z-test: z = (p2 - p1) / pooled SE, two-sided p-value",
         count_inputs(),
         {"z", "p_value"},
         run_ztest},
        {"welch_ttest",
         "Welch t-test from summaries: t = (mean2 - mean1) / SE, Welch-Satterthwaite df, "
         "two-sided p-value",
         summary_inputs(),
         {"t", "df", "p_value"},
         run_welch},
        {"pooled_ttest",
         "Student t-test with pooled variance: t = (mean2 - mean1) / SE, df = n1 + n2 - 2, "
         "two-sided p-value",
         summary_inputs(),
         {"t", "df", "p_value"},
         run_pooled},
        {"chi_square_independence",
         "Pearson chi-square test of independence (no continuity correction): chi2, "
         "df = (r - 1)(c - 1), p-value",
         {matrix_input("table", "counts, rows separated by ';', e.g. table=10,20;30,40")},
         {"chi2", "df", "p_value"},
         run_chi_square},
        {"srm_check",
         "Sample-ratio mismatch check: chi-square goodness of fit of the observed split, df 1",
         {number_input("control", "users assigned to control"),
          number_input("treatment", "users assigned to treatment"),
          number_input("expected_control_share", "planned share of control (default 0.5)", 0.5)},
         {"chi2", "p_value"},
         run_srm},
        {"mann_whitney_u",
         "Mann-Whitney U test: u = U of x (rank sum of x - n_x(n_x+1)/2), two-sided p-value by "
         "normal approximation with tie and continuity correction (SciPy asymptotic)",
         {vector_input("x", "first sample"), vector_input("y", "second sample")},
         {"u", "p_value"},
         run_mann_whitney},
    };
}

}  // namespace prepl::stats
