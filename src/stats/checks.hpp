#pragma once
// Input checks shared by every solver. Each message names the key the user typed:
// "n1 must be a positive whole number, got -3".
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace prepl::stats {

// Runs a chain of checks and keeps the first failure; later checks are skipped once one fails.
//   if (auto s = Checks{}.whole_positive("n1", n1).probability("p", p).status(); !s) return
//   fail(s.error());
class Checks {
public:
    Checks& finite(std::string_view key, double value);
    Checks& positive(std::string_view key, double value);      // finite and > 0
    Checks& non_negative(std::string_view key, double value);  // finite and >= 0
    Checks& probability(std::string_view key, double value);   // in [0, 1]
    Checks& open_probability(std::string_view key,
                             double value);  // in (0, 1): alpha, power, confidence
    Checks& whole_positive(std::string_view key, double value);      // 1, 2, 3, ...
    Checks& whole_non_negative(std::string_view key, double value);  // 0, 1, 2, ...
    Checks& at_least(std::string_view key, double value, double minimum);
    // value <= limit, where limit is another input: "x1 must be at most n1 (200), got 250".
    Checks& at_most(std::string_view key, double value, std::string_view limit_key, double limit);
    Checks& flag(std::string_view key, double value);  // 0 or 1
    Checks& finite_values(std::string_view key, std::span<const double> values);
    Checks& min_length(std::string_view key, std::span<const double> values, std::size_t minimum);
    Checks& same_length(std::string_view key_a, std::span<const double> a, std::string_view key_b,
                        std::span<const double> b);
    // A condition no helper above covers; message is the complete sentence.
    Checks& require(bool condition, std::string_view message);

    util::Status status() const;

private:
    bool failed() const { return m_first_error.has_value(); }
    void fail_with(std::string message);

    std::optional<util::Error> m_first_error;
};

}  // namespace prepl::stats
