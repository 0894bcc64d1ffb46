#pragma once
// Named values of one numeric attempt: drawn params (and, for mistakes, the answers' references),
// kept in the order they were declared.
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace prepl::grade::numeric {

// A number, a text (only for the prompt) or a list of numbers (passed to solvers as a vector).
using ParamValue = std::variant<double, std::string, std::vector<double>>;

class ParamSet {
public:
    // nullptr when no value has this name.
    const ParamValue* find(std::string_view name) const;
    // Adds the value, or replaces the one with the same name (keeping its place).
    void set(std::string name, ParamValue value);

    const std::vector<std::pair<std::string, ParamValue>>& entries() const { return m_entries; }

private:
    std::vector<std::pair<std::string, ParamValue>> m_entries;  // declaration order
};

// How a value appears in a prompt: integers without decimals, reals in their shortest exact
// form (so a value rounded to 4 decimals prints as written), lists comma-separated.
std::string format_value(const ParamValue& value);
std::string format_number(double value);

// `value` to `digits` significant digits, trailing zeros dropped: 0.065043 -> "0.06504",
// 12345.6 -> "12350"; scientific notation outside 1e-5 .. 1e15.
std::string format_significant(double value, int digits);

}  // namespace prepl::grade::numeric
