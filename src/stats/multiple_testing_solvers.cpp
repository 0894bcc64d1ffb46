#include "stats/multiple_testing.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

template <Adjustment method>
util::Result<Outputs> run_adjustment(const Args& args) {
    ArgReader in(args);
    const Vector p_values = in.vector("p_values");
    const double alpha = in.number("alpha");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(adjust_p_values(p_values, alpha, method), [](AdjustedPValues r) {
        return Outputs{{"adjusted", std::move(r.adjusted)}, {"rejected", std::move(r.rejected)}};
    });
}

std::vector<InputSpec> adjustment_inputs() {
    return {vector_input("p_values", "raw p-values, e.g. p_values=0.01,0.04,0.03"),
            number_input("alpha", "family-wise level (or FDR for benjamini_hochberg), default 0.05",
                         0.05)};
}

}  // namespace

std::vector<SolverInfo> multiple_testing_solvers() {
    const std::vector<std::string> outputs = {"adjusted", "rejected"};
    return {
        {"bonferroni",
         "Bonferroni-adjusted p-values min(1, m p) in input order (R p.adjust), and rejected "
         "(1/0) where adjusted <= alpha",
         adjustment_inputs(), outputs, run_adjustment<Adjustment::bonferroni>},
        {"holm",
         "Holm step-down adjusted p-values in input order (R p.adjust), and rejected (1/0) where "
         "adjusted <= alpha",
         adjustment_inputs(), outputs, run_adjustment<Adjustment::holm>},
        {"benjamini_hochberg",
         "Benjamini-Hochberg (FDR) adjusted p-values in input order (R p.adjust 'BH'), and "
         "rejected (1/0) where adjusted <= alpha",
         adjustment_inputs(), outputs, run_adjustment<Adjustment::benjamini_hochberg>},
    };
}

}  // namespace prepl::stats
