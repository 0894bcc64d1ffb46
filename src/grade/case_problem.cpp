#include "grade/case_problem.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace prepl::grade {
using nlohmann::json;

const CasePart* CaseProblem::find_part(std::string_view id) const {
    for (const auto& p : parts)
        if (p.id == id) return &p;
    return nullptr;
}

double CaseProblem::choice_points() const {
    double total = 0;
    for (const auto& p : parts)
        if (p.type != CasePart::Type::text) total += p.points;
    return total;
}

std::string_view to_string(CasePart::Type type) {
    switch (type) {
        case CasePart::Type::text: return "text";
        case CasePart::Type::choice: return "choice";
        case CasePart::Type::multi: return "multi";
        case CasePart::Type::estimate: return "estimate";
    }
    return "text";
}

double choice_score(const CasePart& part, const std::vector<int>& picked) {
    std::vector<int> unique = picked;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    const auto is_right = [&](int i) { return std::find(part.answer.begin(), part.answer.end(), i) != part.answer.end(); };
    if (part.type == CasePart::Type::choice) {
        return unique.size() == 1 && is_right(unique.front()) ? part.points : 0.0;
    }
    if (part.answer.empty()) return 0;
    const auto right = static_cast<double>(std::count_if(unique.begin(), unique.end(), is_right));
    const double wrong = static_cast<double>(unique.size()) - right;
    return part.points * std::max(0.0, right - wrong) / static_cast<double>(part.answer.size());
}

util::Result<CaseProblem> parse_case(const bank::Problem& problem) {
    if (problem.kind != bank::Kind::case_study)
        return util::fail(util::Error::bug(problem.id + " is not a case problem"));
    const json& doc = problem.raw;
    CaseProblem out;
    std::string where = "/parts";
    try {
        for (std::size_t i = 0; doc.contains("parts") && i < doc["parts"].size(); ++i) {
            where = fmt::format("/parts/{}", i);
            const json& p = doc["parts"][i];
            CasePart part;
            part.id = p.at("id").get<std::string>();
            part.question = p.value("question", "");
            const std::string type = p.value("type", "text");
            part.type = type == "choice"     ? CasePart::Type::choice
                        : type == "multi"    ? CasePart::Type::multi
                        : type == "estimate" ? CasePart::Type::estimate
                                             : CasePart::Type::text;
            part.answer_value = p.value("answer_value", 0.0);
            part.factor = p.value("factor", 0.0);
            if (p.contains("choices")) part.choices = p["choices"].get<std::vector<std::string>>();
            if (p.contains("answer")) part.answer = p["answer"].get<std::vector<int>>();
            part.points = p.value("points", 1.0);
            part.explain = p.value("explain", "");
            part.required = p.value("required", false);
            out.parts.push_back(std::move(part));
        }
        for (std::size_t i = 0; doc.contains("rubric") && i < doc["rubric"].size(); ++i) {
            where = fmt::format("/rubric/{}", i);
            const json& r = doc["rubric"][i];
            RubricCriterion c;
            c.id = r.at("id").get<std::string>();
            c.part = r.at("part").get<std::string>();
            c.points = r.value("points", 1.0);
            c.criterion = r.value("criterion", "");
            c.star = r.value("star", "");
            if (c.star.empty() || r.contains("concepts"))
                c.concepts = r.at("concepts").get<std::vector<std::vector<std::string>>>();
            c.feedback = r.value("feedback", "");
            c.negatable = r.value("negatable", true);
            c.absence = r.value("absence", false);
            c.required = r.value("required", false);
            if (r.contains("contradicts")) c.contradicts = r["contradicts"];
            out.rubric.push_back(std::move(c));
        }
        where = "/model_answer";
        if (doc.contains("model_answer")) {
            if (!doc["model_answer"].is_object())
                return util::fail(util::Error::invalid(fmt::format(
                    "{}: /model_answer: must be an object keyed by part id", problem.file.string())));
            out.model_answer = doc["model_answer"];
        }
        out.pass_ratio = doc.value("pass_ratio", k_default_pass_ratio);
    } catch (const json::exception& e) {
        return util::fail(util::Error::invalid(fmt::format("{}: {}: {}", problem.file.string(), where, e.what())));
    }
    return out;
}

}  // namespace prepl::grade
