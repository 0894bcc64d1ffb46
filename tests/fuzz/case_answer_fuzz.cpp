// Fuzz target: case answers (grade/case_answer, grade/case_grader). Input: the first line names a
// bundled case problem (else the first byte picks one), the rest is the answer as a user would submit it (JSON or "## part"
// sections). Invariants: any answer is accepted or rejected, never blamed on the (sound) bundled
// bank as an error, and the score stays within 0..max.
#include <cmath>
#include <string>

#include "fuzz_support.hpp"
#include "grade/case_answer.hpp"
#include "grade/case_grader.hpp"
#include "grade/case_problem.hpp"

using namespace prepl;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > (64u << 10)) return 0;
    static const auto problems = fuzz::bundled_problems(bank::Kind::case_study);
    std::string_view answer = fuzz::as_text(data, size);
    const bank::Problem& problem = fuzz::pick_problem(problems, answer);

    auto spec = grade::parse_case(problem);
    if (!spec) fuzz::fail("bundled case problem does not parse: " + spec.error().message);
    (void)grade::parse_case_answer(*spec, answer);

    lua::LuaLimits limits;
    limits.time_budget = std::chrono::milliseconds(2000);
    const grade::Verdict verdict = grade::grade_case(problem, fuzz::bundled_bank(), answer, limits);
    if (verdict.status == grade::Verdict::Status::error)
        fuzz::fail("a user's case answer was graded as a bank error: " + verdict.message);
    if (!std::isfinite(verdict.score) || verdict.score < 0 || verdict.score > verdict.max_score)
        fuzz::fail("case score out of range: " + std::to_string(verdict.score));
    return 0;
}
