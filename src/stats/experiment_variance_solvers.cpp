#include "stats/experiment_variance.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_cuped(const Args& args) {
    ArgReader in(args);
    const Vector y = in.vector("y"), x = in.vector("x");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(cuped(y, x), [](const Cuped& c) {
        return Outputs{{"theta", c.theta},
                       {"adjusted_mean", c.adjusted_mean},
                       {"variance_reduction", c.variance_reduction}};
    });
}

util::Result<Outputs> run_delta_method(const Args& args) {
    ArgReader in(args);
    const Vector numerators = in.vector("numerators"), denominators = in.vector("denominators");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(delta_method_ratio(numerators, denominators), [](const RatioMetric& r) {
        return Outputs{{"ratio", r.ratio}, {"variance", r.variance}, {"se", r.se}};
    });
}

util::Result<Outputs> run_design_effect(const Args& args) {
    ArgReader in(args);
    const DesignEffectInput input{in.number("cluster_size"), in.number("icc"), in.number("n")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(design_effect(input), [](const DesignEffect& d) {
        return Outputs{{"deff", d.deff}, {"effective_n", d.effective_n}};
    });
}

}  // namespace

std::vector<SolverInfo> experiment_variance_solvers() {
    return {
        {"cuped",
         "CUPED: theta = Cov(y,x)/Var(x), adjusted_mean = mean of y - theta (x - mean x), "
         "variance_reduction = 1 - Var(y_adj)/Var(y)",
         {vector_input("y", "metric per user during the experiment"),
          vector_input("x", "pre-experiment covariate per user, same length")},
         {"theta", "adjusted_mean", "variance_reduction"},
         run_cuped},
        {"delta_method_ratio",
         "Ratio metric sum(N)/sum(D) over users with its delta-method variance and se "
         "(sample moments, n - 1)",
         {vector_input("numerators", "per-user numerator, e.g. clicks"),
          vector_input("denominators", "per-user denominator, e.g. sessions, same length")},
         {"ratio", "variance", "se"},
         run_delta_method},
        {"design_effect",
         "Design effect of cluster sampling deff = 1 + (m - 1) icc and effective_n = n / deff",
         {number_input("cluster_size", "average units per cluster m (>= 1)"),
          number_input("icc", "intra-cluster correlation, 0 to 1"),
          number_input("n", "units observed")},
         {"deff", "effective_n"},
         run_design_effect},
    };
}

}  // namespace prepl::stats
