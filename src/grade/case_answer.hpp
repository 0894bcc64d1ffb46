#pragma once
// A user's answer to a case problem, in the form the grader receives it:
// {"<text part>": "text", "<choice part>": [0-based indices], ...}, every part present.
//
// Accepted input (CASE_FORMAT.md, "User answers"):
// - JSON: {"hypotheses": "...", "unit": 1, "guardrails": [0, 1]} — choice values as 0-based
//   indices or as the choice text;
// - text with sections headed "## <part-id>"; in a section a choice answer is typed as a person
//   reads the list: 1-based numbers ("2", "1,3") or the choice text. Without any heading, a
//   problem with a single part takes the whole text as that part's answer.
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "grade/case_problem.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// A typed choice answer: 1-based numbers separated by commas/spaces, or choice text(s)
// (case-insensitive; several separated by commas for a multi part). Fails with a message for
// the user naming what was not understood.
util::Result<std::vector<int>> parse_choice_text(const CasePart& part, std::string_view text);

// A JSON choice value: an index (0-based), a choice text, or a list of those.
util::Result<std::vector<int>> parse_choice_json(const CasePart& part, const nlohmann::json& value);

// A JSON object keyed by part id -> the normalized answer. Unknown part ids fail.
util::Result<nlohmann::json> normalize_case_answer(const CaseProblem& problem, const nlohmann::json& answer);

// Text (JSON or "## part-id" sections) -> the normalized answer. Errors are the user's input
// mistakes, worded for them.
util::Result<nlohmann::json> parse_case_answer(const CaseProblem& problem, std::string_view text);

// An answer with every part empty (text "" and no choice picked).
nlohmann::json empty_case_answer(const CaseProblem& problem);

}  // namespace prepl::grade
