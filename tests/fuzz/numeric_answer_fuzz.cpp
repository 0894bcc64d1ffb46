// Fuzz target: numeric answer input (grade/numeric/answer_parser). Input: first line the expected
// answer names separated by ',' (at most 8), the rest the answer as the user typed it.
// Invariants: parse_number yields a finite number or an error; parse_answer gives one part per
// name unless it reports an answer-wide problem, and every value it reads is finite.
#include <cmath>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "grade/numeric/answer_parser.hpp"

using namespace prepl;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 8192) return 0;
    std::string_view text = fuzz::as_text(data, size);
    if (auto number = grade::numeric::parse_number(text); number && !std::isfinite(*number))
        fuzz::fail("parse_number returned a value that is not finite");

    std::string_view header = fuzz::take_line(text);
    std::vector<std::string> names;
    while (!header.empty() && names.size() < 8) {
        const auto comma = header.find(',');
        names.emplace_back(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    }
    if (names.empty()) names.emplace_back("x");
    const auto parsed = grade::numeric::parse_answer(text, names);
    if (!parsed.problem.empty()) return 0;
    if (parsed.parts.size() != names.size()) fuzz::fail("parse_answer: parts and names differ in count");
    for (const auto& part : parsed.parts) {
        if (part.value && !std::isfinite(*part.value)) fuzz::fail("parse_answer read a non-finite value");
        if (!part.value && part.problem.empty()) fuzz::fail("parse_answer: a part with no value and no reason");
    }
    return 0;
}
