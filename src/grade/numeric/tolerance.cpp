#include "grade/numeric/tolerance.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "grade/numeric/param_set.hpp"

namespace prepl::grade::numeric {
namespace {

constexpr double k_slack = 1e-12;  // relative, absorbs binary representation of typed decimals

double round_significant(double value, int digits) {
    if (value == 0 || !std::isfinite(value)) return value;
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double scale = std::pow(10.0, digits - 1 - exponent);
    return std::round(value * scale) / scale;
}

bool within(double difference, double bound, double magnitude) {
    return difference <= bound + k_slack * std::max({magnitude, bound, 1e-300});
}

}  // namespace

bool Tolerance::accepts(double given, double reference) const {
    if (!std::isfinite(given) || !std::isfinite(reference)) return false;
    const double difference = std::abs(given - reference);
    const double magnitude = std::max(std::abs(given), std::abs(reference));
    switch (kind) {
        case Kind::absolute:
            return within(difference, amount, magnitude);
        case Kind::relative:
            return within(difference, std::max(amount * std::abs(reference), floor), magnitude);
        case Kind::factor: {
            if (given == 0 || reference == 0 || (given > 0) != (reference > 0)) return given == reference;
            const double ratio = std::max(given / reference, reference / given);
            return ratio <= amount * (1 + k_slack);
        }
        case Kind::digits: {
            const int d = static_cast<int>(amount);
            const double a = round_significant(given, d), b = round_significant(reference, d);
            if (within(std::abs(a - b), 0, std::max(std::abs(a), std::abs(b)))) return true;
            if (reference == 0) return given == 0;
            const int exponent = static_cast<int>(std::floor(std::log10(std::abs(reference))));
            return within(difference, 0.5 * std::pow(10.0, exponent - d + 1), magnitude);
        }
    }
    return false;
}

std::string Tolerance::describe() const {
    switch (kind) {
        case Kind::absolute:
            return amount == 0 ? "exact" : "±" + format_number(amount);
        case Kind::relative:
            return "within " + format_significant(amount * 100, 6) + "%" +
                   (floor > 0 ? " (or ±" + format_number(floor) + ")" : "");
        case Kind::factor:
            return "within a factor of " + format_number(amount);
        case Kind::digits:
            return fmt::format("{} significant digits", static_cast<int>(amount));
    }
    return "";
}

}  // namespace prepl::grade::numeric
