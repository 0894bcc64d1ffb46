#include "grade/numeric/part_check.hpp"

#include <fmt/format.h>

#include <cmath>

namespace prepl::grade::numeric {
namespace {

// Whether `given` is `value` as a user types it: equal at 4 significant digits of `value`.
bool same_as_typed(double given, double value) {
    if (value == 0) return given == 0;
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    return std::abs(given - value) <= 0.5 * std::pow(10.0, exponent - 3) * (1 + 1e-9);
}

std::string rounding_note(const AnswerSpec& a, double given, double raw, double whole) {
    if (a.rounding == Rounding::none || given == whole) return "";
    const std::string_view way = a.rounding == Rounding::up     ? "up"
                                 : a.rounding == Rounding::down ? "down"
                                                                : "to the nearest whole number";
    if (given != std::trunc(given)) {
        if (same_as_typed(given, raw) || std::abs(given - raw) < 0.005)
            return fmt::format("that is the unrounded value; the prompt asks to round {}", way);
        return fmt::format("the answer is a whole number: the prompt asks to round {}", way);
    }
    if (raw == std::trunc(raw)) return "";
    if (given == std::floor(raw) && a.rounding != Rounding::down)
        return a.rounding == Rounding::up
                   ? "rounded down; the prompt asks to round up (a smaller number falls short "
                     "of the requirement)"
                   : "rounded down; the prompt asks for the nearest whole number";
    if (given == std::ceil(raw) && a.rounding != Rounding::up)
        return a.rounding == Rounding::down ? "rounded up; the prompt asks to round down"
                                            : "rounded up; the prompt asks for the nearest whole number";
    if (given == std::round(raw) && a.rounding != Rounding::nearest)
        return fmt::format("rounded to the nearest whole number; the prompt asks to round {}", way);
    return "";
}

}  // namespace

PartOutcome check_part(const NumericSpec& spec, std::size_t answer, double given,
                       const ReferenceAnswers& reference) {
    PartOutcome out;
    const AnswerSpec& a = spec.answers[answer];
    const Tolerance& tolerance = reference.tolerances[answer];
    out.right = tolerance.accepts(given, reference.values[answer]);
    if (out.right) return out;
    out.note = rounding_note(a, given, reference.raw[answer], reference.values[answer]);
    const ParamSet scope = reference.scope();
    double best = 0;
    for (std::size_t m = 0; m < spec.mistakes.size(); ++m) {
        const MistakeSpec& mistake = spec.mistakes[m];
        if (mistake.answer != answer) continue;
        auto value = compute(mistake.computation, scope);  // failing for this draw: no match
        if (!value || !(tolerance.accepts(given, *value) || same_as_typed(given, *value))) continue;
        // Of several matching mistakes, the closest one (the first on a tie).
        const double distance = std::abs(given - *value);
        if (!out.mistake || distance < best) {
            out.mistake = m;
            best = distance;
        }
    }
    return out;
}

std::string typed_by_hand(double value) {
    return value == std::trunc(value) && std::abs(value) < 1e15 ? format_number(value)
                                                                : format_significant(value, 4);
}

}  // namespace prepl::grade::numeric
