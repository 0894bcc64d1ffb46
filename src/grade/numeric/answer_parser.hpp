#pragma once
// A user's typed answer -> one value per answer part (NUMERIC_FORMAT.md, "user answers").
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/error.hpp"

namespace prepl::grade::numeric {

// One value in any accepted form: 0.0652, 6.52% (= 0.0652), 6.52e-2, 1/16, 1,234 (thousands
// separators in groups of three), -1.5, +2, .5, the Unicode minus sign, and arithmetic on
// numbers such as 1 - (35/36)^27 (the expression language of `expr` fields, without names).
// Fails with a sentence quoting the text.
util::Result<double> parse_number(std::string_view text);

// Two values typed as an interval: "(4.67, 8.19)", "[4.67, 8.19]", "4.67 to 8.19",
// "4.67 – 8.19" (en or em dash), "4.67 - 8.19", "4.67-8.19"; the two texts, else nullopt.
std::optional<std::pair<std::string, std::string>> split_interval(std::string_view text);

// What the shell says about one answer line as it is typed, before any submit.
struct LineCheck {
    std::string problem;             // why a value on the line cannot be read; empty when fine
    std::vector<std::string> notes;  // "p = 1 - (35/36)^27 = 0.532864" for arithmetic typed
};
// The shell's hook: call it on each answer line typed for a numeric problem with the problem's
// answer names (numeric::NumericSpec::answer_names); refuse the line when `problem` is set and
// echo `notes` otherwise.
LineCheck check_answer_line(std::string_view line, const std::vector<std::string>& names);

struct GivenPart {
    std::optional<double> value;  // set when the part was given and read
    std::string text;             // what the user typed for it
    std::string problem;          // why there is no value: "missing" or the parse error
};

struct ParsedAnswer {
    std::vector<GivenPart> parts;  // one per expected name, in answer order
    std::string problem;  // an answer-wide problem (unknown name, wrong count); parts then unset
};

// Reads `text` against the expected answer names. Either every line is `name=value` /
// `name: value` (several per line allowed, separated by ',', ';' or spaces; names in any order,
// case-insensitive), or the values come in answer order: one per line (thousands separators
// allowed), or on fewer lines separated by commas, semicolons or whitespace. Blank lines and
// lines starting with '#' are ignored (an extension: notes next to the numbers).
ParsedAnswer parse_answer(std::string_view text, const std::vector<std::string>& names);

}  // namespace prepl::grade::numeric
