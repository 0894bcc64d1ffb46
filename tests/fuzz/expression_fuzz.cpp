// Fuzz target: the expression language of numeric problems (grade/numeric/expression). Input: the
// expression text. It is parsed, then evaluated against a fixed scope holding a number, a
// negative, zero, a list and a text param. Invariants: evaluate gives a finite number or an error.
#include <cmath>

#include "fuzz_support.hpp"
#include "grade/numeric/expression.hpp"

using namespace prepl;
using grade::numeric::Expression;
using grade::numeric::ParamSet;

namespace {
const ParamSet& scope() {
    static const ParamSet params = [] {
        ParamSet p;
        p.set("n", 1200.0);
        p.set("p", 0.0652);
        p.set("neg", -3.5);
        p.set("zero", 0.0);
        p.set("xs", std::vector<double>{1.0, 2.5, -4.0, 1e6});
        p.set("one", std::vector<double>{7.0});
        p.set("label", std::string("checkout"));
        return p;
    }();
    return params;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    auto parsed = Expression::parse(fuzz::as_text(data, size));
    if (!parsed) return 0;
    (void)parsed->names();
    if (auto value = parsed->evaluate(scope()); value && !std::isfinite(*value))
        fuzz::fail("evaluate returned a value that is not finite");
    if (auto value = parsed->evaluate_value(scope()); value) {
        if (const double* number = std::get_if<double>(&*value); number && !std::isfinite(*number))
            fuzz::fail("evaluate_value returned a value that is not finite");
    }
    return 0;
}
