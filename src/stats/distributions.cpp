#include "stats/distributions.hpp"

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/non_central_t.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace prepl::stats {
namespace {

namespace bm = boost::math;
namespace bp = boost::math::policies;

// No exceptions out of Boost (STYLE.md rule 4): errors become NaN or the nearest finite value,
// and solve() turns a non-finite output into an Error. Discrete quantiles are never used.
using Policy =
    bp::policy<bp::domain_error<bp::ignore_error>, bp::pole_error<bp::ignore_error>,
               bp::overflow_error<bp::ignore_error>, bp::evaluation_error<bp::ignore_error>,
               bp::rounding_error<bp::ignore_error>>;

using Normal = bm::normal_distribution<double, Policy>;
using StudentT = bm::students_t_distribution<double, Policy>;
using NoncentralT = bm::non_central_t_distribution<double, Policy>;
using ChiSquared = bm::chi_squared_distribution<double, Policy>;
using Binomial = bm::binomial_distribution<double, Policy>;
using Poisson = bm::poisson_distribution<double, Policy>;

}  // namespace

double normal_cdf(double z) { return bm::cdf(Normal{}, z); }
double normal_sf(double z) { return bm::cdf(bm::complement(Normal{}, z)); }
double normal_quantile(double p) { return bm::quantile(Normal{}, p); }
double normal_upper_quantile(double q) { return bm::quantile(bm::complement(Normal{}, q)); }

double t_sf(double t, double df) { return bm::cdf(bm::complement(StudentT{df}, t)); }
double t_upper_quantile(double q, double df) {
    return bm::quantile(bm::complement(StudentT{df}, q));
}

double noncentral_t_cdf(double t, double df, double ncp) {
    return bm::cdf(NoncentralT{df, ncp}, t);
}
double noncentral_t_sf(double t, double df, double ncp) {
    return bm::cdf(bm::complement(NoncentralT{df, ncp}, t));
}

double chi_squared_sf(double x, double df) { return bm::cdf(bm::complement(ChiSquared{df}, x)); }

double binomial_pmf(double n, double k, double p) { return bm::pdf(Binomial{n, p}, k); }
double binomial_cdf(double n, double k, double p) { return bm::cdf(Binomial{n, p}, k); }
double binomial_sf_inclusive(double n, double k, double p) {
    if (k <= 0) return 1.0;
    return bm::cdf(bm::complement(Binomial{n, p}, k - 1));
}

double poisson_pmf(double lambda, double k) { return bm::pdf(Poisson{lambda}, k); }
double poisson_cdf(double lambda, double k) { return bm::cdf(Poisson{lambda}, k); }
double poisson_sf_inclusive(double lambda, double k) {
    if (k <= 0) return 1.0;
    return bm::cdf(bm::complement(Poisson{lambda}, k - 1));
}

}  // namespace prepl::stats
