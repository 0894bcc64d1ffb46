#include "grade/numeric/numeric_prompt.hpp"

#include <fmt/format.h>

#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/params.hpp"
#include "grade/numeric/reference_answers.hpp"

namespace prepl::grade::numeric {
namespace {

util::Result<ReferenceAnswers> references(const bank::Problem& problem, std::uint64_t seed) {
    auto spec = parse_numeric_spec(problem);
    if (!spec) return util::fail(spec.error());
    return compute_references(*spec, seed, problem.id);
}

util::Result<std::string> fill(std::string_view text, std::string_view pointer,
                               const ParamSet& params, const ParamSet& answers) {
    auto out = substitute(text, params, answers);
    if (!out)
        return util::fail(
            util::Error::invalid(fmt::format("{}: {}", pointer, out.error().message)));
    return out;
}

}  // namespace

util::Result<std::string> numeric_prompt(const bank::Problem& problem, std::uint64_t seed) {
    // The params of the draw that satisfied every "require", the ones grading uses.
    auto ref = references(problem, seed);
    if (!ref) return util::fail(ref.error());
    return fill(problem.prompt, "/prompt", ref->params, {});
}

util::Result<std::string> numeric_explanation(const bank::Problem& problem, std::uint64_t seed) {
    auto ref = references(problem, seed);
    if (!ref) return util::fail(ref.error());
    return fill(problem.explanation, "/explanation", ref->params, ref->answers);
}

util::Result<std::string> numeric_solution(const bank::Problem& problem, std::uint64_t seed) {
    auto ref = references(problem, seed);
    if (!ref) return util::fail(ref.error());
    std::string out;
    for (const auto& [name, value] : ref->answers.entries())
        out += fmt::format("{} = {}\n", name, format_significant(std::get<double>(value), 6));
    return out;
}

}  // namespace prepl::grade::numeric
