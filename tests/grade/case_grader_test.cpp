// Case problems: answers in JSON or sections, choice/multi scoring, rubric criteria through the
// default grader, self-assessment, and validate's checks of a case's rubric and model answer.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "grade/case_answer.hpp"
#include "grade/case_examples.hpp"
#include "grade/case_grader.hpp"
#include "grade/grade.hpp"
#include "grade/verdict_json.hpp"
#include "support/source_text.hpp"
#include "support/temp_dir.hpp"

using namespace prepl;
using grade::Verdict;
using nlohmann::json;

namespace {

using prepl::test::contains;
using prepl::test::source_file;

// CASE_FORMAT.md's example, cut down: one text part with two criteria (3 points), one choice
// part (1 point) and one multi part (3 points): 7 points in all.
json example_case() {
    return json::parse(R"({
      "id": "pin-test", "kind": "case", "title": "t", "prompt": "p",
      "parts": [
        {"id": "hypotheses", "question": "State H0 and H1 and the metric.", "type": "text"},
        {"id": "unit", "question": "Randomization unit?", "type": "choice",
         "choices": ["pin impression", "user", "pin", "session"], "answer": [1], "explain": "Users repeat."},
        {"id": "guardrails", "question": "Guardrails?", "type": "multi", "points": 3,
         "choices": ["page load time", "hides per impression", "pins created", "revenue per user"], "answer": [0, 1, 3]}
      ],
      "rubric": [
        {"id": "h0-h1", "part": "hypotheses", "points": 2, "criterion": "States H0 and H1",
         "concepts": [["null hypothesis", "h0", "the same"], ["alternative", "h1", "differs"]],
         "feedback": "Say what H0 and H1 are."},
        {"id": "primary-metric", "part": "hypotheses", "points": 1, "criterion": "Names a primary metric",
         "concepts": [["ctr", "click-through", "clicks per impression"]], "feedback": "Name the metric."}
      ],
      "model_answer": {"hypotheses": "H0 says the CTR is the same in both formats, and H1 says the CTR differs.",
                       "unit": "user", "guardrails": [0, 1, 3]}
    })");
}

struct CaseBank {
    test::TempDir dir;
    bank::Bank bank;

    explicit CaseBank(const std::vector<json>& problems = {example_case()}) {
        for (const char* module : {"rubric", "thesaurus", "red_flags", "star"})
            dir.write(std::string("bank/graders/lib/") + module + ".lua", source_file(std::string("graders/lib/") + module + ".lua"));
        for (const auto& p : problems) dir.write("bank/case/" + p["id"].get<std::string>() + ".json", p.dump(2));
        auto loaded = bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        for (const auto& issue : loaded->issues()) FAIL(issue.to_string());
        bank = std::move(*loaded);
    }
    const bank::Problem& problem(const std::string& id = "pin-test") const { return *bank.find(id); }
};

}  // namespace

TEST_CASE("choice parts are all-or-nothing; multi parts earn points x (right - wrong) / right answers") {
    grade::CasePart choice{"u", "q", grade::CasePart::Type::choice, {"a", "b", "c"}, {1}, 1, ""};
    CHECK(grade::choice_score(choice, {1}) == 1);
    CHECK(grade::choice_score(choice, {0}) == 0);
    CHECK(grade::choice_score(choice, {}) == 0);
    grade::CasePart multi{"g", "q", grade::CasePart::Type::multi, {"a", "b", "c", "d"}, {0, 1, 3}, 3, ""};
    CHECK(grade::choice_score(multi, {0, 1, 3}) == doctest::Approx(3));
    CHECK(grade::choice_score(multi, {0, 1, 2}) == doctest::Approx(1));  // 3 * (2 - 1) / 3
    CHECK(grade::choice_score(multi, {0, 2}) == doctest::Approx(0));     // 3 * max(0, 1 - 1) / 3
    CHECK(grade::choice_score(multi, {2}) == 0);
    CHECK(grade::choice_score(multi, {0, 0, 0}) == doctest::Approx(1));  // a pick counts once
}

TEST_CASE("a case answer in JSON: indices are 0-based, choice texts work too") {
    CaseBank t;
    const Verdict v = grade::grade_case(t.problem(), t.bank, R"({
        "hypotheses": "H0 is that the CTR is the same, and H1 that it differs. The metric is clicks per impression.",
        "unit": 1, "guardrails": ["page load time", "hides per impression", "pins created"]})");
    REQUIRE(v.status == Verdict::Status::accepted);
    CHECK(v.score == doctest::Approx(3 + 1 + 1));  // rubric 3, unit 1, guardrails 3 * (2 - 1) / 3
    CHECK(v.max_score == 7);
    CHECK(contains(v.message, "Score 5/7"));
    REQUIRE(v.criteria.size() == 2);
    CHECK(v.criteria[0].met);
    const std::string all = [&] { std::string s; for (const auto& f : v.feedback) s += f + "\n"; return s; }();
    CHECK(contains(all, "partly  [guardrails] you chose page load time, hides per impression, pins created"));
    CHECK(contains(all, "model answer [hypotheses]: H0 says the CTR is the same"));
    CHECK(contains(all, "Free-text scoring is approximate"));
    CHECK(contains(v.rules, "not understanding"));
}

TEST_CASE("a case answer in sections: choices typed as the list shows them, 1-based") {
    CaseBank t;
    const Verdict v = grade::grade_case(t.problem(), t.bank,
                                        "## hypotheses\nWe think the new format changes things.\n\n## unit\n2\n"
                                        "## guardrails\n1, 2, 4\n");
    CHECK(v.score == doctest::Approx(1 + 3));  // no rubric criterion met; unit and guardrails right
    CHECK(v.status == Verdict::Status::rejected);  // 4/7 < 70%
    REQUIRE(v.criteria.size() == 2);
    CHECK_FALSE(v.criteria[0].met);
    CHECK(contains(v.feedback[2], "missed  [h0-h1] States H0 and H1 (0/2) — Say what H0 and H1 are."));
}

TEST_CASE("unreadable case answers are rejections that say why") {
    CaseBank t;
    CHECK(contains(grade::grade_case(t.problem(), t.bank, "## nope\ntext").message, "names no part"));
    CHECK(contains(grade::grade_case(t.problem(), t.bank, "## unit\n9").message, "there is no choice 9"));
    CHECK(contains(grade::grade_case(t.problem(), t.bank, R"({"unit": 7})").message, "out of range"));
    CHECK(contains(grade::grade_case(t.problem(), t.bank, "just text").message, "no \"## <part-id>\" sections"));
    CHECK(grade::grade_case(t.problem(), t.bank, "## unit\n1,2").status == Verdict::Status::rejected);
}

TEST_CASE("a text part near 1 MiB is rejected for its size, not reported as a bank defect") {
    // Issue 9 item 8: the grader's pattern functions refuse subjects over 1 MiB, and that failure
    // read "The problem's grader failed (a bank defect, not your answer ...)".
    CaseBank t;
    const std::string words = "H0: no difference in ctr. ";
    std::string big;
    while (big.size() < 1000000) big += words;
    const Verdict v = grade::grade_case(t.problem(), t.bank, json{{"hypotheses", big}, {"unit", 1}}.dump());
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(contains(v.message, "Your answer's part [hypotheses] is " + std::to_string(big.size()) +
                                  " bytes; a part may have at most 262144 bytes"));
    CHECK_FALSE(contains(v.message, "bank defect"));
    CHECK(v.max_score == 7);
}

TEST_CASE("self-assessment keeps its own score beside the automatic one") {
    CaseBank t;
    Verdict v = grade::grade_case(t.problem(), t.bank, "## hypotheses\nWe state H0 and H1 on the CTR.\n## unit\nuser\n");
    // "H0" and "H1" in one sentence meet h0-h1 (2), "CTR" meets primary-metric (1), unit is right (1).
    CHECK(v.score == 4);
    CHECK_FALSE(grade::mark_criterion_met(v, "h0-h1").has_value());  // already found
    Verdict w = grade::grade_case(t.problem(), t.bank, "## hypotheses\nWe will compare the CTR of both arms.\n## unit\nuser\n");
    CHECK(w.score == 2);
    auto self = grade::mark_criterion_met(w, "h0-h1");
    REQUIRE(self.has_value());
    CHECK(*self == 4);
    CHECK(w.score == 2);
    CHECK(w.self_score == 4);
    auto unknown = grade::mark_criterion_met(w, "nope");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(contains(unknown.error().message, "h0-h1, primary-metric"));
    const json j = grade::to_json(w);
    INFO(j.dump());
    CHECK(j["self_score"] == 4);
    CHECK(j["criteria"][0]["self_met"] == true);
}

TEST_CASE("grade_answer routes case problems and check's JSON carries the criteria") {
    CaseBank t;
    grade::Fixtures fixtures(t.bank);
    const Verdict v = grade::grade_answer(t.problem(), example_case()["model_answer"].dump(), fixtures);
    CHECK(v.accepted());
    CHECK(v.score == 7);
}

TEST_CASE("validate accepts a consistent case") {
    CaseBank t;
    const auto report = grade::validate_bank(t.bank);
    for (const auto& f : report.findings) FAIL(f.message);
    CHECK(report.ok());
}

TEST_CASE("validate catches a model answer that misses a criterion") {
    json p = example_case();
    p["model_answer"]["hypotheses"] = "H0: no difference. H1: it differs.";  // never names the metric
    CaseBank t(std::vector<json>{p});
    const auto report = grade::validate_bank(t.bank);
    REQUIRE_FALSE(report.ok());
    bool named = false;
    for (const auto& f : report.findings)
        named |= contains(f.message, "/model_answer/hypotheses: misses rubric criterion primary-metric (/rubric/1)");
    CHECK(named);
    CHECK(contains(report.findings[0].file, "pin-test.json"));
}

TEST_CASE("validate catches a criterion its own concepts cannot hit") {
    json p = example_case();
    p["rubric"].push_back(json::parse(R"({"id": "dash", "part": "hypotheses", "points": 1, "criterion": "c",
                                          "concepts": [["—"]]})"));
    p["model_answer"]["hypotheses"] = "H0: no difference in CTR. H1: it differs —";
    CaseBank t(std::vector<json>{p});
    const auto report = grade::validate_bank(t.bank);
    bool named = false;
    for (const auto& f : report.findings)
        named |= contains(f.message, "/rubric/2/concepts: criterion dash is not met by its own concepts");
    CHECK(named);
}

TEST_CASE("validate catches a bad part reference, a choice out of range and a scoring empty answer") {
    json p = example_case();
    p["rubric"][1]["part"] = "hypothesis";
    p["parts"][1]["answer"] = json::array({4});
    CaseBank t(std::vector<json>{p});
    const auto report = grade::validate_bank(t.bank);
    std::string all;
    for (const auto& f : report.findings) all += f.message + "\n";
    CHECK(contains(all, "/rubric/1/part: criterion primary-metric names part \"hypothesis\", which does not exist"));
    CHECK(contains(all, "/parts/1/answer/0: index 4 is out of range: 4 choices"));

}

TEST_CASE("validate catches a grader that gives an empty answer points") {
    json p = example_case();
    p["grader"] = "graders/generous.lua";
    test::TempDir dir;
    dir.write("bank/graders/generous.lua", "return function(a, ctx) return {score = 1, max = 1} end\n");
    dir.write("bank/case/pin-test.json", p.dump());
    auto loaded = bank::load_bank(dir.path() / "bank");
    REQUIRE(loaded.has_value());
    std::string all;
    for (const auto& f : grade::validate_bank(*loaded).findings) all += f.message + "\n";
    CHECK(contains(all, "an empty answer scores 1/5; it must earn zero"));  // choices 0/4 + grader 1/1
}

TEST_CASE("a case grader that fails gives status error naming the file and line") {
    json p = example_case();
    p["grader"] = "graders/bad.lua";
    test::TempDir dir;
    for (const char* module : {"rubric", "thesaurus", "red_flags", "star"})
        dir.write(std::string("bank/graders/lib/") + module + ".lua", source_file(std::string("graders/lib/") + module + ".lua"));
    dir.write("bank/graders/bad.lua", "local rubric = require 'rubric'\nreturn function(a, ctx)\n  return rubric.nope(a)\nend\n");
    dir.write("bank/case/pin-test.json", p.dump());
    auto loaded = bank::load_bank(dir.path() / "bank");
    REQUIRE(loaded.has_value());
    const Verdict v = grade::grade_case(*loaded->find("pin-test"), *loaded, "## unit\n2\n");
    CHECK(v.status == Verdict::Status::error);
    CHECK(contains(v.message, "graders/bad.lua:3:"));
    bool flagged = false;
    for (const auto& f : grade::validate_bank(*loaded).findings) flagged |= contains(f.message, "graders/bad.lua:3:");
    CHECK(flagged);
}

TEST_CASE("\"grader\": \"graders/lib/rubric.lua\" (CASE_FORMAT.md's example) runs rubric.grade") {
    json p = example_case();
    p["grader"] = "graders/lib/rubric.lua";
    CaseBank t(std::vector<json>{p});
    const Verdict v = grade::grade_case(t.problem(), t.bank, p["model_answer"].dump());
    CHECK(v.accepted());
    CHECK(v.score == 7);
    CHECK(grade::validate_bank(t.bank).ok());
}

TEST_CASE("case answers: CRLF sections, JSON indices vs typed numbers, a single part without heading") {
    CaseBank t;
    auto spec = grade::parse_case(t.problem());
    REQUIRE(spec.has_value());
    auto a = grade::parse_case_answer(*spec, "notes before the first heading are ignored\r\n## hypotheses\r\nline one\r\nline two\r\n##unit\r\n  User \r\n");
    REQUIRE(a.has_value());
    CHECK((*a)["hypotheses"] == "line one\nline two");
    CHECK((*a)["unit"] == json::array({1}));
    CHECK((*a)["guardrails"] == json::array());  // absent parts are empty
    // JSON numbers are 0-based indices; a string is read as typed (1-based numbers or the text).
    CHECK((*grade::parse_case_answer(*spec, R"({"unit": 1})"))["unit"] == json::array({1}));
    CHECK((*grade::parse_case_answer(*spec, R"({"unit": "2"})"))["unit"] == json::array({1}));
    CHECK((*grade::parse_case_answer(*spec, R"({"guardrails": "1, 2"})"))["guardrails"] == json::array({0, 1}));
    CHECK_FALSE(grade::parse_case_answer(*spec, R"({"nope": "x"})").has_value());

    grade::CaseProblem one;
    one.parts.push_back({"only", "q", grade::CasePart::Type::text, {}, {}, 1, ""});
    CHECK((*grade::parse_case_answer(one, "  free text\n"))["only"] == "free text");
}

TEST_CASE("a wrong required decision or a red flag caps the verdict at rejected whatever the text scores") {
    json p = example_case();
    p["parts"][1]["required"] = true;  // the randomization unit
    CaseBank t(std::vector<json>{p});
    const std::string text = "H0 says the CTR is the same in both formats, and H1 says the CTR differs.";
    // all text points and the guardrails, but the wrong unit: 6/7 would pass, the cap says no
    Verdict v = grade::grade_case(t.problem(), t.bank, json{{"hypotheses", text}, {"unit", 0}, {"guardrails", {0, 1, 3}}}.dump());
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(v.score == doctest::Approx(grade::k_wrong_decision_score_cap * 7));
    CHECK(contains(v.message, "the decision [unit] is required and is wrong"));
    v = grade::grade_case(t.problem(), t.bank, json{{"hypotheses", text}, {"unit", 1}, {"guardrails", {0, 1, 3}}}.dump());
    CHECK(v.accepted());
    // the same strong text plus peeking: a red flag, named, and never accepted
    v = grade::grade_case(t.problem(), t.bank,
                          json{{"hypotheses", text + " We will stop the test as soon as the p-value is significant."},
                               {"unit", 1}, {"guardrails", {0, 1, 3}}}.dump());
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(contains(v.message, "red flag peeking"));
}

TEST_CASE("a partly met criterion: self-assessment adds only the points it did not earn") {
    CaseBank t;
    Verdict w = grade::grade_case(t.problem(), t.bank, "## hypotheses\nCTR, H0, H1\n## unit\nuser\n");
    REQUIRE(w.criteria.size() == 2);
    CHECK(w.criteria[0].outcome == "partly");  // a bare list: named, not explained
    CHECK(w.criteria[0].earned == doctest::Approx(0.2));  // 2 points x rubric.bare_ratio 0.1
    auto self = grade::mark_criterion_met(w, "h0-h1");
    REQUIRE(self.has_value());
    CHECK(*self == doctest::Approx(w.score + 1.8));
}

TEST_CASE("validate grades the examples: a keyword list at or above a strong answer fails it") {
    json p = example_case();
    p["examples"] = json::parse(R"([
      {"label": "strong", "expected": 0.95, "answer": {"hypotheses": "H0 says the CTR is the same in both formats, and H1 says the CTR differs.", "unit": 1, "guardrails": [0, 1, 3]}},
      {"label": "weak", "expected": 0.3, "answer": {"hypotheses": "We look at the CTR.", "unit": 0, "guardrails": [2]}},
      {"label": "keyword-list", "expected": 0.1, "answer": {"hypotheses": "ctr h0 h1", "unit": 1, "guardrails": [0, 1, 3]}}
    ])");
    CaseBank ok(std::vector<json>{p});
    auto report = grade::validate_bank(ok.bank);
    for (const auto& f : report.findings) FAIL(f.message);
    REQUIRE_FALSE(report.notes.empty());
    CHECK(contains(report.notes.back(), "pooled Spearman"));
    // a strong example that the rubric cannot see: the keyword list now beats it
    p["examples"][0]["answer"]["hypotheses"] = "I would check whether the two formats perform alike.";
    CaseBank gamed(std::vector<json>{p});
    report = grade::validate_bank(gamed.bank);
    bool named = false;
    for (const auto& f : report.findings) named |= contains(f.message, "/examples/2: the keyword-list example");
    CHECK(named);
}

TEST_CASE("spearman: rank correlation with average ranks for ties") {
    CHECK(*grade::spearman({1, 2, 3, 4}, {10, 20, 30, 40}) == doctest::Approx(1));
    CHECK(*grade::spearman({1, 2, 3, 4}, {4, 3, 2, 1}) == doctest::Approx(-1));
    // x ranks 1,2,3,4; y = 1,3,2,4 -> 1 - 6*(0+1+1+0)/(4*15) = 0.8 (the no-ties formula)
    CHECK(*grade::spearman({1, 2, 3, 4}, {1, 3, 2, 4}) == doctest::Approx(0.8));
    CHECK_FALSE(grade::spearman({1, 2}, {1, 2}).has_value());
    CHECK_FALSE(grade::spearman({1, 2, 3}, {5, 5, 5}).has_value());
}

TEST_CASE("a JSON case answer holding a number past DBL_MAX is a rejection, not a crash") {
    // Found with the case_answer fuzz target (tests/fuzz/corpus/case_answer/number_overflow):
    // nlohmann throws out_of_range 406 for 1e999, which the parse_error handler did not catch.
    CaseBank t;
    const Verdict verdict = grade::grade_case(t.problem(), t.bank, R"({"unit": 1e999})");
    CHECK(verdict.status == Verdict::Status::rejected);
}
