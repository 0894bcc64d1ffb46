#include "stats/power.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

Outputs n_output(double n) { return {{"n_per_group", n}}; }
Outputs mde_output(double mde) { return {{"mde", mde}}; }

util::Result<Outputs> run_sample_size_means(const Args& args) {
    ArgReader in(args);
    const MeansDesign d{in.number("sigma"), in.number("mde"), in.number("alpha"),
                        in.number("power")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(sample_size_means(d), n_output);
}

util::Result<Outputs> run_sample_size_proportions(const Args& args) {
    ArgReader in(args);
    const ProportionsDesign d{in.number("baseline"), in.number("mde"), in.number("alpha"),
                              in.number("power")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(sample_size_proportions(d), n_output);
}

util::Result<Outputs> run_power_ttest(const Args& args) {
    ArgReader in(args);
    const TTestPowerInput input{in.number("effect_size"), in.number("n_per_group"),
                                in.number("alpha")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(power_ttest(input), [](double power) { return Outputs{{"power", power}}; });
}

util::Result<Outputs> run_mde_means(const Args& args) {
    ArgReader in(args);
    const MdeInput input{in.number("sigma"), in.number("n_per_group"), in.number("alpha"),
                         in.number("power")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(mde_means(input), mde_output);
}

util::Result<Outputs> run_mde_proportions(const Args& args) {
    ArgReader in(args);
    const MdeInput input{in.number("baseline"), in.number("n_per_group"), in.number("alpha"),
                         in.number("power")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(mde_proportions(input), mde_output);
}

}  // namespace

std::vector<SolverInfo> power_solvers() {
    return {
        {"sample_size_means",
         "Users per group to detect a difference in means: ceil(2 sigma^2 (z_{1-alpha/2} + "
         "z_power)^2 / mde^2)",
         {number_input("sigma", "standard deviation of the metric"),
          number_input("mde", "minimum detectable difference in means (absolute)"), alpha_input(),
          power_input()},
         {"n_per_group"},
         run_sample_size_means},
        {"sample_size_proportions",
         "Users per group to detect a lift in a rate: ceil(2 (z_{1-alpha/2} + z_power)^2 "
         "p (1 - p) / mde^2), p = baseline",
         {number_input("baseline", "control conversion rate, e.g. 0.10"),
          number_input("mde", "minimum detectable absolute lift, e.g. 0.01 for one point"),
          alpha_input(), power_input()},
         {"n_per_group"},
         run_sample_size_proportions},
        {"power_ttest",
         "Power of the two-sided two-sample t-test (noncentral t, both tails, df = 2n - 2, "
         "ncp = d sqrt(n/2))",
         {number_input("effect_size", "Cohen's d: difference in means / sd"),
          number_input("n_per_group", "users per group"), alpha_input()},
         {"power"},
         run_power_ttest},
        {"mde_means",
         "Minimum detectable difference in means: (z_{1-alpha/2} + z_power) sigma sqrt(2/n)",
         {number_input("sigma", "standard deviation of the metric"),
          number_input("n_per_group", "users per group"), alpha_input(), power_input()},
         {"mde"},
         run_mde_means},
        {"mde_proportions",
         "Minimum detectable absolute lift in a rate: (z_{1-alpha/2} + z_power) "
         "sqrt(2 p (1 - p) / n), p = baseline",
         {number_input("baseline", "control conversion rate"),
          number_input("n_per_group", "users per group"), alpha_input(), power_input()},
         {"mde"},
         run_mde_proportions},
    };
}

}  // namespace prepl::stats
