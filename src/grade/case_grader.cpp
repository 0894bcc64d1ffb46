#include "grade/case_grader.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "grade/case_answer.hpp"
#include "grade/case_estimate.hpp"
#include "grade/lua_grading.hpp"
#include "util/text.hpp"

namespace prepl::grade {
using nlohmann::json;

namespace {

// Whether the user wrote something for a part (text not blank, or at least one choice).
bool answered(const json& answer, const std::string& part_id) {
    const auto it = answer.find(part_id);
    if (it == answer.end()) return false;
    if (it->is_string()) return it->get<std::string>().find_first_not_of(" \t\r\n") != std::string::npos;
    if (it->is_array()) return !it->empty();
    return !it->is_null();
}

std::string points_text(double p) { return fmt::format("{:g}", std::round(p * 100) / 100); }

Verdict base_verdict(const bank::Problem& problem) {
    Verdict v;
    v.problem_id = problem.id;
    v.rules = std::string(k_case_rules);
    return v;
}

std::string picked_text(const CasePart& part, const json& picked) {
    std::vector<std::string> names;
    for (const auto& i : picked) {
        const auto index = i.get<std::size_t>();
        names.push_back(index < part.choices.size() ? part.choices[index] : std::to_string(index));
    }
    return names.empty() ? "nothing" : util::join(names, ", ");
}

std::string answer_text(const CasePart& part) {
    std::vector<std::string> names;
    for (int i : part.answer)
        names.push_back(static_cast<std::size_t>(i) < part.choices.size() ? part.choices[static_cast<std::size_t>(i)] : "?");
    return util::join(names, ", ");
}

void read_criteria(const json& details, const CaseProblem& spec, Verdict& verdict) {
    const auto it = details.find("criteria");
    if (it == details.end() || !it->is_array()) return;
    for (const auto& c : *it) {
        if (!c.is_object() || !c.contains("id")) continue;
        CriterionResult r;
        r.id = c["id"].is_string() ? c["id"].get<std::string>() : c["id"].dump();
        r.part = c.value("part", "");
        r.points = c.value("points", 0.0);
        r.met = c.value("met", false);
        r.earned = c.contains("earned") && c["earned"].is_number() ? c["earned"].get<double>() : (r.met ? r.points : 0.0);
        r.outcome = c.contains("outcome") && c["outcome"].is_string() ? c["outcome"].get<std::string>()
                                                                      : (r.met ? "met" : "missed");
        if (c.contains("quote") && c["quote"].is_string()) r.quote = c["quote"].get<std::string>();
        for (const auto& rc : spec.rubric)
            if (rc.id == r.id) {
                r.criterion = rc.criterion;
                r.required = rc.required;
            }
        verdict.criteria.push_back(std::move(r));
    }
}

// Red flags the grader raised: {id, part, quote, penalty, message}.
std::vector<std::string> read_red_flags(const json& details) {
    std::vector<std::string> out;
    const auto it = details.find("red_flags");
    if (it == details.end() || !it->is_array()) return out;
    for (const auto& f : *it)
        if (f.is_object() && f.contains("id") && f["id"].is_string()) out.push_back(f["id"].get<std::string>());
    return out;
}

}  // namespace

Verdict grade_case_answer(const bank::Problem& problem, const bank::Bank& bank, const CaseProblem& spec,
                          const json& answer, const lua::LuaLimits& limits) {
    Verdict verdict = base_verdict(problem);
    // A huge text part is the answer's doing: say so here, before the grader's own limits (1 MiB
    // pattern subjects) fail on it and the failure reads as a bank defect (issue 9 item 8).
    for (const auto& part : spec.parts) {
        const auto it = answer.find(part.id);
        if (part.type != CasePart::Type::text || it == answer.end() || !it->is_string()) continue;
        const std::size_t bytes = it->get_ref<const std::string&>().size();
        if (bytes <= k_max_case_text_part_bytes) continue;
        verdict.status = Verdict::Status::rejected;
        verdict.max_score = spec.choice_points();
        for (const auto& c : spec.rubric) verdict.max_score += c.points;
        verdict.message = fmt::format(
            "Your answer's part [{}] is {} bytes; a part may have at most {} bytes (about {} "
            "words): shorten it.",
            part.id, bytes, k_max_case_text_part_bytes, k_max_case_text_part_bytes / 6);
        return verdict;
    }
    double score = 0, max = 0;
    std::vector<std::string> choice_lines;
    std::vector<std::string> caps;  // why the verdict cannot be accepted whatever the score
    bool wrong_required_decision = false;
    for (const auto& part : spec.parts) {
        if (part.type == CasePart::Type::text) continue;
        if (part.type == CasePart::Type::estimate) {
            max += part.points;
            const auto it = answer.find(part.id);
            if (it == answer.end() || !it->is_number()) {
                if (part.required) caps.push_back(fmt::format("the estimate [{}] is required and was not answered", part.id));
                choice_lines.push_back(fmt::format("missing [{}] not answered (0/{})", part.id, points_text(part.points)));
                continue;
            }
            const double x = it->get<double>();
            const double earned = estimate_score(part, x);
            score += earned;
            const double ratio = estimate_ratio(part, x);
            if (part.required && earned <= 0)
                caps.push_back(fmt::format("the estimate [{}] is required and is off by more than a factor of {:g}", part.id, part.factor));
            std::string line = fmt::format("{} [{}] {} is {} the reference {} (within a factor of {:g} earns the points) ({}/{})",
                                           earned > 0 ? "right  " : "wrong  ", part.id, format_estimate(x),
                                           ratio <= 1.0001 ? std::string("equal to")
                                                           : fmt::format("{:.2g}x {} than", ratio, x > part.answer_value ? "higher" : "lower"),
                                           format_estimate(part.answer_value), part.factor, points_text(earned),
                                           points_text(part.points));
            if (!part.explain.empty()) line += " — " + part.explain;
            choice_lines.push_back(std::move(line));
            continue;
        }
        const json picked = answer.contains(part.id) && answer[part.id].is_array() ? answer[part.id] : json::array();
        const double earned = choice_score(part, picked.get<std::vector<int>>());
        score += earned;
        max += part.points;
        if (part.required && earned + 1e-9 < part.points) wrong_required_decision = true;
        if (part.required && earned + 1e-9 < part.points)
            caps.push_back(fmt::format("the decision [{}] is required and {}", part.id,
                                       picked.empty() ? "was not answered" : "is wrong"));
        if (picked.empty()) {  // unanswered: the right choice would be a spoiler
            choice_lines.push_back(fmt::format("missing [{}] not answered (0/{})", part.id, points_text(part.points)));
            continue;
        }
        std::string line = earned >= part.points
                               ? fmt::format("right   [{}] {} ({}/{})", part.id, picked_text(part, picked),
                                             points_text(earned), points_text(part.points))
                               : fmt::format("{} [{}] you chose {}; the answer is {} ({}/{})",
                                             earned > 0 ? "partly " : "wrong  ", part.id, picked_text(part, picked),
                                             answer_text(part), points_text(earned), points_text(part.points));
        if (!part.explain.empty()) line += " — " + part.explain;
        choice_lines.push_back(std::move(line));
    }

    lua::GraderContext ctx;
    ctx.bridges = standard_bridges(std::nullopt);
    const lua::GraderOutcome outcome = run_problem_grader(problem, bank, answer, std::move(ctx), limits);
    if (outcome.status == lua::GraderOutcome::Status::error) {
        verdict.status = Verdict::Status::error;
        verdict.message = "The problem's grader failed (a bank defect, not your answer; run prepl validate): " +
                          outcome.error;
        return verdict;
    }
    score += outcome.score;
    max += outcome.max;
    read_criteria(outcome.details, spec, verdict);
    for (const auto& c : verdict.criteria)
        if (c.required && c.outcome != "met" && c.outcome != "partly")
            caps.push_back(fmt::format("the required point [{}] is {}", c.id, c.outcome.empty() ? "missed" : c.outcome));
    const auto flags = read_red_flags(outcome.details);
    if (!flags.empty())
        caps.push_back(fmt::format("the answer recommends bad practice (red flag{} {})", flags.size() > 1 ? "s" : "",
                                   util::join(flags, ", ")));

    if (wrong_required_decision) score = std::min(score, k_wrong_decision_score_cap * max);
    verdict.score = score;
    verdict.max_score = max;
    const bool by_score = outcome.verdict ? *outcome.verdict == "accepted"
                                          : max <= 0 || score + 1e-9 >= spec.pass_ratio * max;
    const bool passed = by_score && caps.empty();
    verdict.status = passed ? Verdict::Status::accepted : Verdict::Status::rejected;
    verdict.message = fmt::format("Score {}/{} ({:.0f}%): {} (pass mark {:.0f}%).", points_text(score), points_text(max),
                                  max > 0 ? 100 * score / max : 100.0, passed ? "accepted" : "not yet",
                                  100 * spec.pass_ratio);
    if (!caps.empty()) verdict.message += " Not accepted whatever the score: " + util::join(caps, "; ") + ".";
    verdict.feedback = choice_lines;
    verdict.feedback.insert(verdict.feedback.end(), outcome.feedback.begin(), outcome.feedback.end());
    for (const auto& part : spec.parts) {
        // The model answer of a part the user left empty stays hidden: it is the solution.
        if (part.type != CasePart::Type::text || !answered(answer, part.id)) continue;
        const auto it = spec.model_answer.find(part.id);
        if (it != spec.model_answer.end() && it->is_string())
            verdict.feedback.push_back(fmt::format("model answer [{}]: {}", part.id, it->get<std::string>()));
    }
    if (!spec.rubric.empty())
        verdict.feedback.push_back(
            "Free-text scoring is approximate: it looks for the rubric's claims (concepts in one sentence, with "
            "synonyms, stemming and negation), it does not understand your answer. If you made a missed point in other "
            "words, `met CRITERION` records a self-assessed score beside the automatic one.");
    return verdict;
}

Verdict grade_case(const bank::Problem& problem, const bank::Bank& bank, std::string_view answer,
                   const lua::LuaLimits& limits) {
    auto spec = parse_case(problem);
    if (!spec) {
        Verdict v = base_verdict(problem);
        v.status = Verdict::Status::error;
        v.message = spec.error().message;
        return v;
    }
    auto parsed = parse_case_answer(*spec, answer);
    if (!parsed) {
        Verdict v = base_verdict(problem);
        v.status = Verdict::Status::rejected;
        v.max_score = spec->choice_points();
        for (const auto& c : spec->rubric) v.max_score += c.points;
        v.message = "Your answer could not be read: " + parsed.error().message;
        return v;
    }
    return grade_case_answer(problem, bank, *spec, *parsed, limits);
}

util::Result<double> mark_criterion_met(Verdict& verdict, std::string_view criterion_id) {
    CriterionResult* found = nullptr;
    std::vector<std::string> ids;
    for (auto& c : verdict.criteria) {
        ids.push_back(c.id);
        if (c.id == criterion_id) found = &c;
    }
    if (!found)
        return util::fail(util::Error::invalid(
            ids.empty() ? std::string("this verdict has no rubric criteria to mark")
                        : fmt::format("no criterion \"{}\"; the criteria are {}", criterion_id, util::join(ids, ", "))));
    if (found->met)
        return util::fail(util::Error::invalid(fmt::format("criterion {} was already found by the automatic scoring", found->id)));
    found->self_met = true;
    double self = verdict.score;
    for (const auto& c : verdict.criteria)
        if (c.self_met && !c.met) self += std::max(0.0, c.points - c.earned);
    verdict.self_score = std::min(self, verdict.max_score);
    return *verdict.self_score;
}

}  // namespace prepl::grade
