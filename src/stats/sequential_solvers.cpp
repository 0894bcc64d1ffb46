#include "stats/checks.hpp"
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

}  // namespace

std::vector<SolverInfo> sequential_solvers() {
    return {{"sequential_boundaries",
             "Group-sequential z boundaries for equally spaced looks at two-sided alpha: "
             "O'Brien-Fleming (c sqrt(K/k)) or Pocock (constant), by recursive integration",
             {number_input("looks", "number of equally spaced analyses K (1 to 20)"), alpha_input(),
              number_input("method", "0 = O'Brien-Fleming (default), 1 = Pocock", 0)},
             {"boundaries"},
             run_boundaries}};
}

}  // namespace prepl::stats
