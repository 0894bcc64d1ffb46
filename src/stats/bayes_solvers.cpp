#include "stats/bayes.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_bayes_ab(const Args& args) {
    ArgReader in(args);
    const ProportionCounts c{in.number("x1"), in.number("n1"), in.number("x2"), in.number("n2")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(bayes_ab(c), [](double p) { return Outputs{{"prob_2_beats_1", p}}; });
}

util::Result<Outputs> run_bayes_rule(const Args& args) {
    ArgReader in(args);
    const DiagnosticTest t{in.number("prior"), in.number("sensitivity"),
                           in.number("false_positive_rate")};
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(bayes_rule(t), [](double p) { return Outputs{{"posterior", p}}; });
}

}  // namespace

std::vector<SolverInfo> bayes_solvers() {
    return {
        {"bayes_ab",
         "P(p2 > p1) with Beta(1,1) priors on both rates, exact (Evan Miller's closed-form sum)",
         {number_input("x1", "successes in group 1 (control)"),
          number_input("n1", "trials in group 1"),
          number_input("x2", "successes in group 2 (treatment)"),
          number_input("n2", "trials in group 2")},
         {"prob_2_beats_1"},
         run_bayes_ab},
        {"bayes_rule",
         "P(condition | positive test) = prior sens / (prior sens + (1 - prior) fpr)",
         {number_input("prior", "base rate P(condition)"),
          number_input("sensitivity", "P(positive | condition)"),
          number_input("false_positive_rate", "P(positive | no condition)")},
         {"posterior"},
         run_bayes_rule},
    };
}

}  // namespace prepl::stats
