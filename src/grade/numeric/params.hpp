#pragma once
// Seeded drawing of a numeric problem's params, and substitution of values into its texts.
#include <cstdint>
#include <string>
#include <string_view>

#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/param_set.hpp"
#include "util/error.hpp"

namespace prepl::grade::numeric {

// The seed used when none is given: FNV-1a (64-bit) of the problem id, so `prepl check` without
// --seed grades against the same numbers on every run and machine.
std::uint64_t default_seed(std::string_view problem_id);

// Draws every param in file order from one std::mt19937_64 seeded with (seed, problem id); the
// mapping from its 64-bit outputs to ints, reals and normals is written here (the standard
// distributions are implementation-defined), so a seed gives the same numbers everywhere:
//   int [lo, hi]      lo + r mod (hi - lo + 1), r rejected below 2^64 mod range (no bias)
//   uniform [lo, hi]  lo + u (hi - lo), u = top 53 bits / 2^53 in [0, 1), then round
//   normal [m, s]     Box-Muller from two uniforms (cosine branch only), then round
//   choice            one int draw of the index
//   binomial [n, p]   the count of n uniforms below p (n at most k_max_binomial_trials)
// The normal draw goes through libm's log and cos, which may differ in the last bit between C
// libraries: give normal params a "round" so that such a difference cannot show.
// Fails when an expr cannot be evaluated (e.g. division by zero for this draw), naming its pointer.
// `attempt` > 0 gives an independent redraw of the same seed (for "require"); attempt 0 is
// the first draw.
util::Result<ParamSet> draw_params(const NumericSpec& spec, std::uint64_t seed,
                                   std::string_view problem_id, int attempt = 0);

inline constexpr double k_max_binomial_trials = 10'000'000;

// `{name}` -> the param's value (format_value); `{=name}` -> the answer's reference from
// `answers`, to 4 significant digits; `{{` and `}}` -> literal braces. Fails on an unknown name
// or a lone brace, naming the character position.
util::Result<std::string> substitute(std::string_view text, const ParamSet& params,
                                     const ParamSet& answers = {});

}  // namespace prepl::grade::numeric
