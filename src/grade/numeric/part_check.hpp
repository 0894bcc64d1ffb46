#pragma once
// One answer part checked against its reference and the problem's known mistakes: the rule the
// grader applies and `validate` measures (NUMERIC_FORMAT.md, "mistakes").
#include <cstddef>
#include <optional>
#include <string>

#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/reference_answers.hpp"

namespace prepl::grade::numeric {

struct PartOutcome {
    bool right = false;
    std::optional<std::size_t> mistake;  // index into NumericSpec::mistakes of the one matched
    std::string note;                    // a rounding note for whole-number answers, or empty
};

// Whether `given` is right for answer `answer` of `reference`; when it is not, of the listed
// mistakes of that answer whose value `given` matches, the closest (within the answer's tolerance, or equal
// to the mistake's value at the 4 significant digits a user types), and for answers the prompt
// says to round, a note when `given` is the unrounded value or rounded the other way.
PartOutcome check_part(const NumericSpec& spec, std::size_t answer, double given,
                       const ReferenceAnswers& reference);

// `value` as validate types it: whole numbers exactly, anything else to 4 significant digits.
std::string typed_by_hand(double value);

}  // namespace prepl::grade::numeric
