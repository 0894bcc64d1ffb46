#include "grade/case_estimate.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "util/text.hpp"

namespace prepl::grade {

namespace {

// Scale words a candidate types after a number. Hand-written: the Debian-packaged number
// parsers (strtod, from_chars) read the digits but not "million" or "40k".
double scale_of(const std::string& word) {
    static const std::vector<std::pair<std::string, double>> scales = {
        {"k", 1e3},          {"thousand", 1e3},  {"thousands", 1e3}, {"m", 1e6},  {"mn", 1e6}, {"mm", 1e6},
        {"million", 1e6},    {"millions", 1e6},  {"b", 1e9},         {"bn", 1e9}, {"billion", 1e9},
        {"billions", 1e9},   {"t", 1e12},        {"tn", 1e12},       {"trillion", 1e12}, {"trillions", 1e12}};
    for (const auto& [name, value] : scales)
        if (word == name) return value;
    return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

util::Result<double> parse_estimate(std::string_view text) {
    const std::string lower = util::to_lower(util::trim(text));
    std::size_t i = 0;
    // Skip leading words and signs of approximation up to the first digit.
    while (i < lower.size() && !is_digit(lower[i]) && !(lower[i] == '.' && i + 1 < lower.size() && is_digit(lower[i + 1]))) {
        if (lower[i] == '-')
            return util::fail(util::Error::invalid("an estimate is a positive number, like 2.5 million or 2.5e6"));
        ++i;
    }
    if (i == lower.size())
        return util::fail(util::Error::invalid(
            fmt::format("\"{}\" has no number: type one, like 2.5 million, 2.5e6 or 2,500,000", util::trim(text))));
    // The number: digits with thousands commas (or spaces between groups of three), a point, an exponent.
    std::string digits;
    std::size_t j = i;
    while (j < lower.size()) {
        const char c = lower[j];
        if (is_digit(c) || c == '.') {
            digits += c;
            ++j;
        } else if ((c == ',' || c == '_') && j + 3 < lower.size() && is_digit(lower[j + 1]) && is_digit(lower[j + 2]) &&
                   is_digit(lower[j + 3]) && (j + 4 >= lower.size() || !is_digit(lower[j + 4]))) {
            ++j;  // 2,500,000
        } else if (c == 'e' && j + 1 < lower.size() &&
                   (is_digit(lower[j + 1]) || ((lower[j + 1] == '-' || lower[j + 1] == '+') && j + 2 < lower.size() &&
                                               is_digit(lower[j + 2])))) {
            digits += c;
            digits += lower[j + 1];
            j += 2;
        } else {
            break;
        }
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return util::fail(util::Error::invalid(fmt::format("\"{}\" is not a number I can read: type it like 2.5 million, 2.5e6 or 2,500,000", digits)));
    // An optional scale word ("million", "k", "bn") right after the number.
    while (j < lower.size() && lower[j] == ' ') ++j;
    std::size_t k = j;
    while (k < lower.size() && lower[k] >= 'a' && lower[k] <= 'z') ++k;
    if (const double scale = scale_of(lower.substr(j, k - j)); scale > 0) {
        value *= scale;
        j = k;
    }
    for (std::size_t r = j; r < lower.size(); ++r)
        if (is_digit(lower[r]))
            return util::fail(util::Error::invalid(fmt::format(
                "\"{}\" has more than one number: give a single estimate (a range's middle, say)", util::trim(text))));
    if (!(value > 0) || !std::isfinite(value))
        return util::fail(util::Error::invalid("an estimate is a positive number, like 2.5 million or 2.5e6"));
    return value;
}

double estimate_ratio(const CasePart& part, double x) {
    if (!(x > 0) || !(part.answer_value > 0)) return std::numeric_limits<double>::infinity();
    return std::max(x / part.answer_value, part.answer_value / x);
}

double estimate_score(const CasePart& part, double x) {
    return estimate_ratio(part, x) <= part.factor * (1 + 1e-12) ? part.points : 0.0;
}

std::string format_estimate(double x) {
    const double a = std::fabs(x);
    if (a >= 1e12) return fmt::format("{:.3g} trillion", x / 1e12);
    if (a >= 1e9) return fmt::format("{:.3g} billion", x / 1e9);
    if (a >= 1e6) return fmt::format("{:.3g} million", x / 1e6);
    if (a >= 1) {  // three significant digits, without an exponent: 80000, 2350, 12.5
        const double magnitude = std::pow(10.0, std::floor(std::log10(a)) - 2);
        const double rounded = std::round(x / magnitude) * magnitude;
        return rounded >= 100 ? fmt::format("{:.0f}", rounded) : fmt::format("{:g}", rounded);
    }
    return fmt::format("{:.3g}", x);
}

}  // namespace prepl::grade
