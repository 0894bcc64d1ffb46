#include "grade/numeric/param_set.hpp"

#include <fmt/format.h>

#include <cmath>

namespace prepl::grade::numeric {

const ParamValue* ParamSet::find(std::string_view name) const {
    for (const auto& [key, value] : m_entries)
        if (key == name) return &value;
    return nullptr;
}

void ParamSet::set(std::string name, ParamValue value) {
    for (auto& [key, existing] : m_entries)
        if (key == name) {
            existing = std::move(value);
            return;
        }
    m_entries.emplace_back(std::move(name), std::move(value));
}

std::string format_number(double value) {
    if (value == 0) return "0";  // also -0
    // Integers up to 2^53 print exactly without a decimal point or exponent.
    if (std::abs(value) < 9007199254740992.0 && value == std::trunc(value))
        return fmt::format("{}", static_cast<long long>(value));
    return fmt::format("{}", value);  // shortest representation that reads back exactly
}

std::string format_value(const ParamValue& value) {
    if (const auto* number = std::get_if<double>(&value)) return format_number(*number);
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    std::string out;
    for (double x : std::get<std::vector<double>>(value))
        out += (out.empty() ? "" : ", ") + format_number(x);
    return out;
}

std::string format_significant(double value, int digits) {
    if (!std::isfinite(value)) return fmt::format("{}", value);
    if (value == 0) return "0";
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    if (exponent < -5 || exponent >= 15) return fmt::format("{:.{}g}", value, digits);
    const int decimals = std::max(0, digits - 1 - exponent);
    std::string out = fmt::format("{:.{}f}", value, decimals);
    if (decimals == 0) {
        // Round away the digits beyond `digits` in the integer part (12345.6 -> 12350).
        const double scale = std::pow(10.0, exponent + 1 - digits);
        out = format_number(std::round(value / scale) * scale);
    } else {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

}  // namespace prepl::grade::numeric
