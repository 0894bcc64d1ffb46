#include "grade/numeric/numeric_grader.hpp"

#include <fmt/format.h>

#include <cmath>

#include "grade/numeric/answer_parser.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/part_check.hpp"
#include "grade/numeric/reference_answers.hpp"
#include "util/text.hpp"

namespace prepl::grade::numeric {
namespace {

constexpr int k_shown_digits = 6;  // significant digits of values in feedback

std::string shown(double value) { return format_significant(value, k_shown_digits); }

// What is wrong with a value, in the tolerance's own terms.
// `typed` is the user's own text for the value: feedback quotes it as typed, never rounded.
std::string miss_description(const std::string& typed, double given, double reference,
                             const Tolerance& tolerance, bool reveal) {
    if (!reveal) {
        return fmt::format("{} is too {} (tolerance {})", typed,
                           given > reference ? "high" : "low", tolerance.describe());
    }
    if ((tolerance.kind == Tolerance::Kind::relative || tolerance.kind == Tolerance::Kind::factor) &&
        reference != 0) {
        return fmt::format(
            "{} has relative error {}% (reference {}, tolerance {})", typed,
            format_significant(std::abs(given - reference) / std::abs(reference) * 100, 2),
            shown(reference), tolerance.describe());
    }
    return fmt::format("{} is off by {} (reference {}, tolerance {})", typed,
                       shown(std::abs(given - reference)), shown(reference), tolerance.describe());
}

Verdict broken(Verdict v, const bank::Problem& problem, const util::Error& error) {
    v.status = Verdict::Status::error;
    v.message = fmt::format("{}: {}", problem.file.empty() ? problem.id : problem.file.string(),
                            error.message);
    return v;
}

}  // namespace

Verdict grade_numeric(const bank::Problem& problem, std::string_view answer, std::uint64_t seed,
                      bool reveal) {
    Verdict v;
    v.problem_id = problem.id;
    v.seed = seed;
    auto spec = parse_numeric_spec(problem);
    if (!spec) return broken(std::move(v), problem, spec.error());
    auto reference = compute_references(*spec, seed, problem.id);
    if (!reference) return broken(std::move(v), problem, reference.error());
    for (const auto& [name, value] : reference->params.entries())
        v.params.emplace_back(name, format_value(value));

    std::vector<std::string> rules;
    for (std::size_t i = 0; i < spec->answers.size(); ++i)
        rules.push_back(spec->answers[i].name + " " + reference->tolerances[i].describe());
    v.rules = fmt::format("each part within its tolerance: {}; params drawn with seed {}",
                          util::join(rules, "; "), seed);
    v.max_score = static_cast<double>(spec->answers.size());
    v.score = 0;

    const ParsedAnswer given = parse_answer(answer, spec->answer_names());
    if (!given.problem.empty()) {
        v.status = Verdict::Status::rejected;
        v.message = "Your answer could not be read: " + given.problem + ".";
        for (std::size_t i = 0; i < spec->answers.size(); ++i)
            v.parts.push_back({spec->answers[i].name, NumericPart::Status::missing, std::nullopt,
                               reference->values[i], reference->tolerances[i].describe(), "",
                               given.problem});
        return v;
    }

    std::vector<std::string> wrong;
    for (std::size_t i = 0; i < spec->answers.size(); ++i) {
        const AnswerSpec& a = spec->answers[i];
        const Tolerance& tolerance = reference->tolerances[i];
        const double expected = reference->values[i];
        const std::string& typed = given.parts[i].text;
        NumericPart part{a.name,   NumericPart::Status::missing, given.parts[i].value,
                         expected, tolerance.describe(),         "",
                         ""};
        if (!given.parts[i].value) {
            const bool missing = given.parts[i].problem == "missing";
            part.status = missing ? NumericPart::Status::missing : NumericPart::Status::unreadable;
            part.note = given.parts[i].problem;
            v.feedback.push_back(missing ? fmt::format("{}: missing", a.name)
                                         : fmt::format("{}: {}", a.name, part.note));
        } else {
            const PartOutcome outcome = check_part(*spec, i, *part.given, *reference);
            if (outcome.right) {
                part.status = NumericPart::Status::right;
                v.score += 1;
                v.feedback.push_back(fmt::format("{}: {} is right (reference {}, tolerance {})",
                                                 a.name, typed, shown(expected),
                                                 tolerance.describe()));
            } else {
                part.status = NumericPart::Status::wrong;
                v.feedback.push_back(fmt::format(
                    "{}: {}", a.name,
                    miss_description(typed, *part.given, expected, tolerance, reveal)));
                if (!outcome.note.empty())
                    v.feedback.push_back(fmt::format("{}: {}", a.name, outcome.note));
                if (outcome.mistake) {
                    part.mistake = spec->mistakes[*outcome.mistake].message;
                    v.feedback.push_back(fmt::format("{}: {}", a.name, part.mistake));
                }
            }
        }
        if (part.status != NumericPart::Status::right) wrong.push_back(a.name);
        v.parts.push_back(std::move(part));
    }
    const std::size_t total = spec->answers.size();
    if (wrong.empty()) {
        v.status = Verdict::Status::accepted;
        v.message = total == 1 ? "Right." : fmt::format("All {} parts are right.", total);
    } else {
        v.status = Verdict::Status::rejected;
        v.message = total == 1 ? fmt::format("{} is not right.", wrong.front())
                               : fmt::format("{} of {} parts right; not right: {}.",
                                             total - wrong.size(), total, util::join(wrong, ", "));
    }
    return v;
}

LineCheck check_numeric_line(const bank::Problem& problem, std::string_view line) {
    auto spec = parse_numeric_spec(problem);
    if (!spec) return {};
    return check_answer_line(line, spec->answer_names());
}

}  // namespace prepl::grade::numeric
