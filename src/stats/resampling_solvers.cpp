#include "stats/checks.hpp"
#include "stats/resampling.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_bootstrap(const Args& args) {
    ArgReader in(args);
    const Vector values = in.vector("values");
    const double statistic = in.number("statistic"), confidence = in.number("confidence");
    const double resamples = in.number("resamples"), seed = in.number("seed");
    if (!in.ok()) return util::fail(in.error());
    constexpr double k_max_exact_seed = 9007199254740992.0;  // 2^53: larger doubles skip integers
    if (auto ok = Checks{}
                      .flag("statistic", statistic)
                      .whole_non_negative("seed", seed)
                      .at_most("seed", seed, "2^53", k_max_exact_seed)
                      .status();
        !ok)
        return util::fail(ok.error());
    const BootstrapInput input{
        statistic == 1 ? BootstrapStatistic::median : BootstrapStatistic::mean, confidence,
        resamples, static_cast<std::uint64_t>(seed)};
    return to_outputs(bootstrap_ci(values, input), [](const Interval& i) {
        return Outputs{{"lower", i.lower}, {"upper", i.upper}};
    });
}

}  // namespace

std::vector<SolverInfo> resampling_solvers() {
    return {{"bootstrap_ci",
             "Percentile bootstrap interval for the mean or median; deterministic for a seed "
             "(std::mt19937_64)",
             {vector_input("values", "the sample"),
              number_input("statistic", "0 = mean (default), 1 = median", 0), confidence_input(),
              number_input("resamples", "bootstrap resamples (default 10000)", 10000),
              number_input("seed", "random seed, a whole number (default 42)", 42)},
             {"lower", "upper"},
             run_bootstrap}};
}

}  // namespace prepl::stats
