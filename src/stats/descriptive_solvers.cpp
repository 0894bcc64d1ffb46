#include "stats/descriptive.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_describe(const Args& args) {
    ArgReader in(args);
    const Vector values = in.vector("values");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(describe(values), [](const Description& d) {
        return Outputs{{"mean", d.mean}, {"sd", d.sd},   {"n", d.n},   {"median", d.median},
                       {"min", d.min},   {"max", d.max}, {"q1", d.q1}, {"q3", d.q3}};
    });
}

}  // namespace

std::vector<SolverInfo> descriptive_solvers() {
    return {{"describe",
             "Mean, sample sd (n - 1), n, median, min, max and quartiles q1/q3 (linear "
             "interpolation: R type 7, numpy's default) of one sample",
             {vector_input("values", "the sample, e.g. values=3,1,4,1,5")},
             {"mean", "sd", "n", "median", "min", "max", "q1", "q3"},
             run_describe}};
}

}  // namespace prepl::stats
