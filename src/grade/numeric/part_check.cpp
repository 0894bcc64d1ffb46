#include "grade/numeric/part_check.hpp"

#include <cmath>

namespace prepl::grade::numeric {

PartOutcome check_part(const NumericSpec& spec, std::size_t answer, double given,
                       const ReferenceAnswers& reference) {
    PartOutcome out;
    const AnswerSpec& a = spec.answers[answer];
    out.right = a.tolerance.accepts(given, reference.values[answer]);
    if (out.right) return out;
    const ParamSet scope = reference.scope();
    for (std::size_t m = 0; m < spec.mistakes.size(); ++m) {
        const MistakeSpec& mistake = spec.mistakes[m];
        if (mistake.answer != answer) continue;
        auto value = compute(mistake.computation, scope);  // failing for this draw: no match
        if (value && a.tolerance.accepts(given, *value)) {
            out.mistake = m;
            break;
        }
    }
    return out;
}

std::string typed_by_hand(double value) {
    return value == std::trunc(value) && std::abs(value) < 1e15 ? format_number(value)
                                                                : format_significant(value, 4);
}

}  // namespace prepl::grade::numeric
