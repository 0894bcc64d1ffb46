#pragma once
// The kind-specific part of a case problem (docs/CASE_FORMAT.md, problems/schema.json):
// parts, rubric, model answer and pass ratio, read from Problem::raw.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "bank/problem.hpp"
#include "util/error.hpp"

namespace prepl::grade {

struct CasePart {
    enum class Type { text, choice, multi, estimate };
    std::string id;
    std::string question;
    Type type = Type::text;
    std::vector<std::string> choices;
    std::vector<int> answer;  // correct 0-based indices (choice/multi)
    double points = 1;        // choice/multi only; text parts earn their rubric points
    std::string explain;      // shown after grading
    bool required = false;    // choice/multi/estimate: a wrong pick caps the verdict at rejected
    double answer_value = 0;  // estimate: the reference value V
    double factor = 0;        // estimate: accepted when max(x/V, V/x) <= factor
};

struct RubricCriterion {
    std::string id;
    std::string part;
    double points = 1;
    std::string criterion;
    std::vector<std::vector<std::string>> concepts;  // AND of groups (one claim), OR within a group
    std::string feedback;
    bool negatable = true;
    bool absence = false;   // the claim is an absence ("no peeking"): synonyms carry a negation
    bool required = false;  // missed (not met or partly) caps the verdict at rejected
    std::string star;       // a behavioral story element scored by graders/lib/star.lua, else empty
    nlohmann::json contradicts = nlohmann::json::array();  // phrases or claims stating the opposite
};

struct CaseProblem {
    std::vector<CasePart> parts;
    std::vector<RubricCriterion> rubric;
    nlohmann::json model_answer = nlohmann::json::object();  // part id -> text / choice
    double pass_ratio = 0.7;  // accepted when score >= pass_ratio * max

    const CasePart* find_part(std::string_view id) const;
    double choice_points() const;  // sum of the points of choice/multi/estimate parts
};

inline constexpr double k_default_pass_ratio = 0.7;  // CASE_FORMAT.md, "Verdict"

// Reads the case fields of a problem that matches the schema. Fails (naming the file and the
// JSON pointer) when the problem is not a case or a field has the wrong shape.
util::Result<CaseProblem> parse_case(const bank::Problem& problem);

std::string_view to_string(CasePart::Type type);

// Points earned by `picked` on a choice/multi part: choice all-or-nothing; multi
// points * max(0, right picks - wrong picks) / number of right answers.
double choice_score(const CasePart& part, const std::vector<int>& picked);

}  // namespace prepl::grade
