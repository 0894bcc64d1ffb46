#include "stats/checks.hpp"
#include "stats/distributions.hpp"
#include "stats/sequential.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

util::Result<Outputs> run_boundaries(const Args& args) {
    ArgReader in(args);
    const double looks = in.number("looks"), alpha = in.number("alpha");
    const double method = in.number("method");
    if (!in.ok()) return util::fail(in.error());
    if (auto ok = Checks{}.flag("method", method).status(); !ok) return util::fail(ok.error());
    const SequentialDesign design{
        looks, alpha, method == 1 ? BoundaryShape::pocock : BoundaryShape::obrien_fleming};
    return to_outputs(sequential_boundaries(design), [](Vector z) {
        return Outputs{{"boundaries", std::move(z)}};
    });
}

// Peeking: testing at the same nominal two-sided alpha after each of K equal batches and
// stopping at the first significant look.
util::Result<Outputs> run_peeking(const Args& args) {
    ArgReader in(args);
    const double looks = in.number("looks"), alpha = in.number("alpha");
    if (!in.ok()) return util::fail(in.error());
    if (auto ok = Checks{}
                      .whole_positive("looks", looks)
                      .at_most("looks", looks, "the largest supported count", k_max_looks)
                      .open_probability("alpha", alpha)
                      .status();
        !ok)
        return util::fail(ok.error());
    const Vector z(static_cast<std::size_t>(looks), normal_upper_quantile(alpha / 2));
    return Outputs{{"false_positive_rate", crossing_probability(z)}};
}

}  // namespace

std::vector<SolverInfo> sequential_solvers() {
    return {{"sequential_boundaries",
             "Group-sequential z boundaries for equally spaced looks at two-sided alpha: "
             "O'Brien-Fleming (c sqrt(K/k)) or Pocock (constant), by recursive integration",
             {number_input("looks", "number of equally spaced analyses K (1 to 20)"), alpha_input(),
              number_input("method", "0 = O'Brien-Fleming (default), 1 = Pocock", 0)},
             {"boundaries"},
             run_boundaries},
            {"peeking_false_positive_rate",
             "Overall false-positive rate of testing at nominal two-sided alpha after each of K "
             "equally spaced looks and stopping at the first significant one (recursive integration)",
             {number_input("looks", "number of equally spaced looks K (1 to 20)"), alpha_input()},
             {"false_positive_rate"},
             run_peeking}};
}

}  // namespace prepl::stats
