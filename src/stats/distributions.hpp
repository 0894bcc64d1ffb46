#pragma once
// Tail probabilities and quantiles of the distributions the solvers use (Boost.Math underneath).
// Upper tails come from Boost's complement() so small p-values keep their digits (no 1 - cdf).
// Boost is configured not to throw: a domain error gives NaN, which solve() reports as an Error.

namespace prepl::stats {

double normal_cdf(double z);
double normal_sf(double z);              // P(Z > z)
double normal_quantile(double p);        // z with P(Z <= z) = p
double normal_upper_quantile(double q);  // z with P(Z > z) = q, accurate for tiny q
double t_sf(double t, double df);        // P(T > t)
double t_upper_quantile(double q, double df);
double noncentral_t_cdf(double t, double df, double ncp);
double noncentral_t_sf(double t, double df, double ncp);
double chi_squared_sf(double x, double df);
double binomial_pmf(double n, double k, double p);
double binomial_cdf(double n, double k, double p);
double poisson_pmf(double lambda, double k);
double poisson_cdf(double lambda, double k);
double poisson_sf_inclusive(double lambda, double k);        // P(X >= k)
double binomial_sf_inclusive(double n, double k, double p);  // P(X >= k)

}  // namespace prepl::stats
