#include "stats/checks.hpp"

#include <fmt/format.h>

#include <cmath>

namespace prepl::stats {

void Checks::fail_with(std::string message) {
    if (!failed()) m_first_error = util::Error::invalid(std::move(message));
}

util::Status Checks::status() const {
    if (failed()) return util::fail(*m_first_error);
    return {};
}

Checks& Checks::finite(std::string_view key, double value) {
    if (!failed() && !std::isfinite(value))
        fail_with(fmt::format("{} must be a finite number, got {}", key, value));
    return *this;
}

Checks& Checks::positive(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && !(value > 0))
        fail_with(fmt::format("{} must be greater than 0, got {}", key, value));
    return *this;
}

Checks& Checks::non_negative(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && value < 0) fail_with(fmt::format("{} must be 0 or more, got {}", key, value));
    return *this;
}

Checks& Checks::probability(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && (value < 0 || value > 1))
        fail_with(fmt::format("{} must be a probability between 0 and 1, got {}", key, value));
    return *this;
}

Checks& Checks::open_probability(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && !(value > 0 && value < 1))
        fail_with(fmt::format("{} must be strictly between 0 and 1, got {}", key, value));
    return *this;
}

Checks& Checks::whole_positive(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && (value < 1 || value != std::floor(value)))
        fail_with(fmt::format("{} must be a positive whole number, got {}", key, value));
    return *this;
}

Checks& Checks::whole_non_negative(std::string_view key, double value) {
    finite(key, value);
    if (!failed() && (value < 0 || value != std::floor(value)))
        fail_with(fmt::format("{} must be a whole number 0 or more, got {}", key, value));
    return *this;
}

Checks& Checks::at_least(std::string_view key, double value, double minimum) {
    finite(key, value);
    if (!failed() && value < minimum)
        fail_with(fmt::format("{} must be at least {}, got {}", key, minimum, value));
    return *this;
}

Checks& Checks::at_most(std::string_view key, double value, std::string_view limit_key,
                        double limit) {
    if (!failed() && value > limit)
        fail_with(fmt::format("{} must be at most {} ({}), got {}", key, limit_key, limit, value));
    return *this;
}

Checks& Checks::flag(std::string_view key, double value) {
    if (!failed() && value != 0 && value != 1)
        fail_with(fmt::format("{} must be 0 or 1, got {}", key, value));
    return *this;
}

Checks& Checks::finite_values(std::string_view key, std::span<const double> values) {
    for (std::size_t i = 0; i < values.size() && !failed(); ++i) {
        if (!std::isfinite(values[i]))
            fail_with(fmt::format("{} must hold finite numbers, got {} at position {}", key,
                                  values[i], i + 1));
    }
    return *this;
}

Checks& Checks::min_length(std::string_view key, std::span<const double> values,
                           std::size_t minimum) {
    if (!failed() && values.size() < minimum)
        fail_with(fmt::format("{} needs at least {} {}, got {}", key, minimum,
                              minimum == 1 ? "value" : "values", values.size()));
    return *this;
}

Checks& Checks::same_length(std::string_view key_a, std::span<const double> a,
                            std::string_view key_b, std::span<const double> b) {
    if (!failed() && a.size() != b.size())
        fail_with(fmt::format("{} and {} must have the same length, got {} and {}", key_a, key_b,
                              a.size(), b.size()));
    return *this;
}

Checks& Checks::require(bool condition, std::string_view message) {
    if (!failed() && !condition) fail_with(std::string(message));
    return *this;
}

}  // namespace prepl::stats
