#pragma once
// Grades a case problem (CASE_FORMAT.md): choice/multi parts exactly, here in C++; text parts by
// the problem's Lua grader (graders/lib/rubric.lua by default), whose per-criterion results land
// in Verdict::criteria. A wrong required decision, a missed required criterion or a red flag
// caps the verdict at rejected. Free-text scoring is approximate and the verdict says so.
#include <string_view>

#include <nlohmann/json.hpp>

#include "bank/bank.hpp"
#include "grade/case_problem.hpp"
#include "grade/verdict.hpp"
#include "lua/grader_host.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// Shown with every case verdict (Verdict::rules).
inline constexpr std::string_view k_case_rules =
    "choice parts exactly; free-text parts by the rubric's claims (concepts within one sentence, synonyms and a "
    "shared thesaurus, Snowball stemming, negation with scope, red flags, bare lists earn partly) — an "
    "approximation, not understanding";

// A wrong required decision also caps the score at this share of the maximum: an interviewer who
// fails a candidate on a decision does not grade the rest as if it stood (CASE_FORMAT.md, "Verdict").
inline constexpr double k_wrong_decision_score_cap = 0.4;

// Longest text part graded: 256 KiB, about 40,000 words, far past any interview answer and well
// under the grader's 1 MiB cap on pattern subjects, so a long answer is told it is too long
// instead of breaking the grader.
inline constexpr std::size_t k_max_case_text_part_bytes = 256u << 10;

// `answer` is the user's text: JSON or "## part-id" sections (grade/case_answer.hpp). An answer
// that cannot be read is a rejection saying why; a broken problem or grader is Status::error.
Verdict grade_case(const bank::Problem& problem, const bank::Bank& bank, std::string_view answer,
                   const lua::LuaLimits& limits = {});

// Same, for an answer already in normalized form (the REPL builds one part by part).
Verdict grade_case_answer(const bank::Problem& problem, const bank::Bank& bank, const CaseProblem& spec,
                          const nlohmann::json& answer, const lua::LuaLimits& limits = {});

// Self-assessment: the user says a missed criterion was met after all. Marks it, and returns the
// self-assessed score (also kept in verdict.self_score): the automatic score plus the points of
// every criterion the user marked. verdict.score never changes. Fails on an unknown id (listing
// the ids) or a criterion the automatic scoring already found.
util::Result<double> mark_criterion_met(Verdict& verdict, std::string_view criterion_id);

}  // namespace prepl::grade
