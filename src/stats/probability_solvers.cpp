#include "stats/probability.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

Outputs tail_outputs(const TailProbabilities& t) {
    return {{"pmf", t.pmf}, {"cdf", t.cdf}, {"sf", t.sf}};
}

util::Result<Outputs> run_binomial(const Args& args) {
    ArgReader in(args);
    const double n = in.number("n"), k = in.number("k"), p = in.number("p");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(binomial_probability(n, k, p), tail_outputs);
}

util::Result<Outputs> run_poisson(const Args& args) {
    ArgReader in(args);
    const double lambda = in.number("lambda"), k = in.number("k");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(poisson_probability(lambda, k), tail_outputs);
}

util::Result<Outputs> run_birthday(const Args& args) {
    ArgReader in(args);
    const double people = in.number("people"), days = in.number("days");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(birthday_probability(people, days), [](double p) {
        return Outputs{{"p_shared", p}};
    });
}

util::Result<Outputs> run_expected_value(const Args& args) {
    ArgReader in(args);
    const Vector values = in.vector("values"), probabilities = in.vector("probabilities");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(expected_value(values, probabilities), [](const Moments& m) {
        return Outputs{{"mean", m.mean}, {"variance", m.variance}};
    });
}

util::Result<Outputs> run_normal(const Args& args) {
    ArgReader in(args);
    const double x = in.number("x"), mean = in.number("mean"), sd = in.number("sd");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(normal_probability(x, mean, sd), [](const NormalTails& t) {
        return Outputs{{"cdf", t.cdf}, {"sf", t.sf}};
    });
}

util::Result<Outputs> run_z_critical(const Args& args) {
    ArgReader in(args);
    const double alpha = in.number("alpha"), two_sided = in.number("two_sided");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(z_critical(alpha, two_sided), [](double z) { return Outputs{{"z", z}}; });
}

util::Result<Outputs> run_t_critical(const Args& args) {
    ArgReader in(args);
    const double alpha = in.number("alpha"), df = in.number("df");
    const double two_sided = in.number("two_sided");
    if (!in.ok()) return util::fail(in.error());
    return to_outputs(t_critical(alpha, df, two_sided), [](double t) { return Outputs{{"t", t}}; });
}

InputSpec two_sided_input() {
    return number_input("two_sided", "1 = two-sided (default), 0 = one-sided (upper tail)", 1);
}

}  // namespace

std::vector<SolverInfo> probability_solvers() {
    return {
        {"binomial_probability",
         "Binomial(n, p): pmf P(X=k), cdf P(X<=k), sf P(X>=k)",
         {number_input("n", "trials"), number_input("k", "successes"),
          number_input("p", "success probability")},
         {"pmf", "cdf", "sf"},
         run_binomial},
        {"poisson_probability",
         "Poisson(lambda): pmf P(X=k), cdf P(X<=k), sf P(X>=k)",
         {number_input("lambda", "mean count"), number_input("k", "count")},
         {"pmf", "cdf", "sf"},
         run_poisson},
        {"birthday_probability",
         "P(at least two of `people` share a day) with `days` equally likely days",
         {number_input("people", "group size"),
          number_input("days", "equally likely days (default 365)", 365)},
         {"p_shared"},
         run_birthday},
        {"expected_value",
         "Mean and variance of a discrete distribution",
         {vector_input("values", "outcomes"),
          vector_input("probabilities", "their probabilities, summing to 1")},
         {"mean", "variance"},
         run_expected_value},
        {"normal_probability",
         "Normal(mean, sd): cdf P(X<=x) and sf P(X>x)",
         {number_input("x", "value"), number_input("mean", "mean (default 0)", 0),
          number_input("sd", "standard deviation (default 1)", 1)},
         {"cdf", "sf"},
         run_normal},
        {"z_critical",
         "Standard normal critical value z for level alpha",
         {alpha_input(), two_sided_input()},
         {"z"},
         run_z_critical},
        {"t_critical",
         "Student t critical value for level alpha and df degrees of freedom",
         {alpha_input(), number_input("df", "degrees of freedom (may be fractional)"),
          two_sided_input()},
         {"t"},
         run_t_critical},
    };
}

}  // namespace prepl::stats
