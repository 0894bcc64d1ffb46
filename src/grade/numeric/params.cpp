#include "grade/numeric/params.hpp"

#include <fmt/format.h>

#include <cmath>
#include <random>

namespace prepl::grade::numeric {
namespace {

constexpr double k_two_pi = 6.283185307179586476925286766559;
constexpr double k_two_to_minus_53 = 1.0 / 9007199254740992.0;

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Drawer {
public:
    Drawer(std::uint64_t seed, std::string_view problem_id, int attempt)
        : m_engine(splitmix64(seed ^ splitmix64(default_seed(problem_id))) +
                   static_cast<std::uint64_t>(attempt) * 0x9e3779b97f4a7c15ULL) {}

    // Binomial(n, p) by counting n uniform draws below p: exact, and n is bounded by the caller
    // (a packaged sampler would tie the numbers to one standard library's algorithm).
    double binomial(std::uint64_t n, double p) {
        std::uint64_t hits = 0;
        for (std::uint64_t i = 0; i < n; ++i) hits += unit() < p ? 1 : 0;
        return static_cast<double>(hits);
    }

    // Uniform on [lo, hi], both whole numbers, hi >= lo.
    double integer(double lo, double hi) {
        const auto span =
            static_cast<std::uint64_t>(static_cast<long long>(hi) - static_cast<long long>(lo)) + 1;
        if (span == 0)
            return lo + static_cast<double>(
                            m_engine());  // the full 2^64 range (not reachable: bounds < 1e15)
        const std::uint64_t threshold =
            (0 - span) % span;  // 2^64 mod span: outputs below it would bias
        std::uint64_t r;
        do r = m_engine();
        while (r < threshold);
        return static_cast<double>(static_cast<long long>(lo) + static_cast<long long>(r % span));
    }
    double unit() { return static_cast<double>(m_engine() >> 11) * k_two_to_minus_53; }  // [0, 1)
    double normal() {
        const double u1 = 1.0 - unit();  // (0, 1]: log stays finite
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(k_two_pi * u2);
    }

    double draw(const Draw& d) {
        double x = 0;
        switch (d.kind) {
            case Draw::Kind::integer:
                return integer(d.first, d.second);
            case Draw::Kind::uniform:
                x = d.first + unit() * (d.second - d.first);
                break;
            case Draw::Kind::normal:
                x = d.first + d.second * normal();
                break;
        }
        return d.round ? round_to(x, *d.round) : x;
    }

private:
    std::mt19937_64 m_engine;  // fully specified by the standard: same sequence everywhere
};

}  // namespace

std::uint64_t default_seed(std::string_view problem_id) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a offset basis
    for (unsigned char c : problem_id) {
        hash ^= c;
        hash *= 0x100000001b3ULL;  // FNV-1a prime
    }
    return hash;
}

util::Result<ParamSet> draw_params(const NumericSpec& spec, std::uint64_t seed,
                                   std::string_view problem_id, int attempt) {
    Drawer drawer(seed, problem_id, attempt);
    ParamSet out;
    for (const auto& p : spec.params) {
        switch (p.kind) {
            case ParamSpec::Kind::fixed:
                out.set(p.name, p.fixed);
                break;
            case ParamSpec::Kind::draw:
                out.set(p.name, drawer.draw(p.draw));
                break;
            case ParamSpec::Kind::choice:
                out.set(p.name, p.choices[static_cast<std::size_t>(
                                    drawer.integer(0, static_cast<double>(p.choices.size() - 1)))]);
                break;
            case ParamSpec::Kind::list: {
                std::size_t n = 0;
                if (const auto* count = std::get_if<std::size_t>(&p.list_length)) {
                    n = *count;
                } else {
                    const auto& name = std::get<std::string>(p.list_length);
                    const ParamValue* v = out.find(name);
                    const double* x = v ? std::get_if<double>(v) : nullptr;
                    if (!x || *x < 1 || *x > 100000 || *x != std::trunc(*x))
                        return util::fail(util::Error::invalid(
                            fmt::format("{}/list/n: {} must be a whole number from 1 to 100000",
                                        p.pointer, name)));
                    n = static_cast<std::size_t>(*x);
                }
                std::vector<double> values;
                for (std::size_t i = 0; i < n; ++i) values.push_back(drawer.draw(p.draw));
                out.set(p.name, std::move(values));
                break;
            }
            case ParamSpec::Kind::binomial: {
                auto n = p.trials->evaluate(out);
                auto prob = p.probability->evaluate(out);
                if (!n || !prob)
                    return util::fail(util::Error::invalid(
                        fmt::format("{}/binomial: {}", p.pointer,
                                    (!n ? n.error() : prob.error()).message)));
                if (*n < 0 || *n > k_max_binomial_trials || *n != std::trunc(*n) || !(*prob >= 0) ||
                    !(*prob <= 1))
                    return util::fail(util::Error::invalid(fmt::format(
                        "{}/binomial: needs n a whole number from 0 to {} and p in [0, 1] (got "
                        "n = {}, p = {})",
                        p.pointer, format_number(k_max_binomial_trials), format_number(*n),
                        format_number(*prob))));
                out.set(p.name, drawer.binomial(static_cast<std::uint64_t>(*n), *prob));
                break;
            }
            case ParamSpec::Kind::expr: {
                auto value = p.expr->evaluate(out);
                if (!value)
                    return util::fail(util::Error::invalid(fmt::format(
                        "{}/expr: \"{}\": {}", p.pointer, p.expr->text(), value.error().message)));
                out.set(p.name, *value);
                break;
            }
        }
    }
    return out;
}

util::Result<std::string> substitute(std::string_view text, const ParamSet& params,
                                     const ParamSet& answers) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '}') {
            if (i + 1 < text.size() && text[i + 1] == '}') {
                out += '}';
                ++i;
                continue;
            }
            return util::fail(util::Error::invalid(
                fmt::format("position {}: a lone '}}'; write }}}} for a literal brace", i + 1)));
        }
        if (c != '{') {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos)
            return util::fail(util::Error::invalid(fmt::format(
                "position {}: '{{' is never closed; write {{{{ for a literal brace", i + 1)));
        std::string_view name = text.substr(i + 1, close - i - 1);
        const bool reference = !name.empty() && name.front() == '=';
        if (reference) name.remove_prefix(1);
        const ParamValue* value = reference ? answers.find(name) : params.find(name);
        if (!value) {
            if (reference && answers.entries().empty())
                return util::fail(util::Error::invalid(
                    fmt::format("position {}: {{={}}} shows a reference answer, which only "
                                "the explanation can use",
                                i + 1, name)));
            return util::fail(util::Error::invalid(
                fmt::format("position {}: {{{}{}}} names no {}; write {{{{ for a literal brace",
                            i + 1, reference ? "=" : "", name, reference ? "answer" : "param")));
        }
        const double* number = std::get_if<double>(value);
        out += reference && number ? format_significant(*number, 4) : format_value(*value);
        i = close;
    }
    return out;
}

}  // namespace prepl::grade::numeric
