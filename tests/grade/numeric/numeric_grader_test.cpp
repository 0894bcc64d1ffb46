#include "grade/numeric/numeric_grader.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "bank/bank.hpp"
#include "grade/grade.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "grade/verdict_json.hpp"
#include "support/temp_dir.hpp"

using prepl::grade::NumericPart;
using prepl::grade::Verdict;
using prepl::grade::numeric::grade_numeric;
using prepl::test::TempDir;

namespace {

// Reference values computed by hand, not by prepl (python3 math module):
//   pooled p = 450/20000 = 0.0225, SE = sqrt(0.0225 * 0.9775 * (2/10000)) = 0.00209732...,
//   z = (0.025 - 0.02) / SE = 2.383995132840505,
//   two-sided p = erfc(z / sqrt(2)) = 0.017125828872195, one-sided = 0.008562914436098.
constexpr double k_z = 2.383995132840505;
constexpr double k_p_two_sided = 0.017125828872195;
constexpr double k_p_one_sided = 0.008562914436098;

const char* k_problem = R"({
  "id": "button-ctr", "kind": "numeric", "title": "Button CTR", "difficulty": "easy",
  "prompt": "Control: {x1} of {n1} clicked. Treatment: {x2} of {n2}. Pooled z and two-sided p-value?",
  "params": {"n1": 10000, "x1": 200, "n2": 10000, "x2": 250},
  "answers": [
    {"name": "z", "solver": "two_proportion_ztest", "field": "z",
     "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"relative": 0.01}},
    {"name": "p_value", "solver": "two_proportion_ztest", "field": "p_value",
     "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"absolute": 0.002}}
  ],
  "mistakes": [
    {"answer": "p_value", "expr": "p_value / 2", "message": "That is the one-sided p-value; the question asks two-sided."}
  ],
  "explanation": "z = {=z}, p = {=p_value} with {x1} and {x2} clicks."
})";

struct Fixture {
    TempDir dir;
    std::optional<prepl::bank::Bank> bank;
    const prepl::bank::Problem& load(const char* json, const char* id) {
        dir.write(std::string("bank/stats/") + id + ".json", json);
        auto loaded = prepl::bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        REQUIRE_MESSAGE(loaded->issues().empty(),
                        (loaded->issues().empty() ? "" : loaded->issues()[0].to_string()));
        bank = std::move(*loaded);
        return *bank->find(id);
    }
};

bool has_line(const Verdict& v, const std::string& needle) {
    return std::any_of(v.feedback.begin(), v.feedback.end(),
                       [&](const std::string& f) { return f.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("the right answer is accepted with full score, seed and params recorded") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    const Verdict v = grade_numeric(problem, "z = 2.384\np_value = 0.0171", 7);
    CHECK_MESSAGE(v.status == Verdict::Status::accepted, v.message);
    CHECK(v.score == 2);
    CHECK(v.max_score == 2);
    CHECK(v.seed == 7u);
    REQUIRE(v.parts.size() == 2);
    CHECK(v.parts[0].expected == doctest::Approx(k_z).epsilon(1e-9));
    CHECK(v.parts[1].expected == doctest::Approx(k_p_two_sided).epsilon(1e-6));
    CHECK(v.params.front() == std::pair<std::string, std::string>{"n1", "10000"});
    // Values in order and percent forms work too.
    CHECK(grade_numeric(problem, "2.38, 1.71%", 7).accepted());
}

TEST_CASE("a one-sided p-value is matched to the mistake's message") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    const Verdict v = grade_numeric(problem, "z=2.384\np_value=0.00856", 7);
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(v.score == 1);
    REQUIRE(v.parts.size() == 2);
    CHECK(v.parts[1].status == NumericPart::Status::wrong);
    CHECK(v.parts[1].mistake == "That is the one-sided p-value; the question asks two-sided.");
    CHECK(has_line(v, "p_value: That is the one-sided p-value"));
    (void)k_p_one_sided;
}

TEST_CASE(
    "one wrong part gives partial score and names the part; the reference stays hidden unless "
    "revealed") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    const Verdict v = grade_numeric(problem, "z=2.384\np_value=0.13", 7);
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(v.score == 1);
    CHECK(v.max_score == 2);
    CHECK(v.message.find("not right: p_value") != std::string::npos);
    CHECK(has_line(v, "p_value: 0.13 is too high (tolerance ±0.002)"));
    CHECK_FALSE(has_line(v, "0.0171"));
    const auto json = prepl::grade::to_json(v);
    CHECK(json["parts"][1]["status"] == "wrong");
    CHECK_FALSE(json["parts"][1].contains("expected"));
    CHECK(json["parts"][0].contains("expected"));  // a right part may show its reference
    CHECK(json["seed"] == 7);

    const Verdict revealed = grade_numeric(problem, "z=2.384\np_value=0.13", 7, true);
    CHECK(has_line(revealed,
                   "p_value: 0.13 is off by 0.112874 (reference 0.0171258, tolerance ±0.002)"));
    CHECK(prepl::grade::to_json(revealed, true)["parts"][1]["expected"] ==
          doctest::Approx(k_p_two_sided));
    const Verdict relative = grade_numeric(problem, "z=2.5\np_value=0.0171", 7, true);
    CHECK(has_line(relative,
                   "z: 2.5 has relative error 4.9% (reference 2.384, tolerance within 1%)"));
}

TEST_CASE("missing and unreadable parts say which part and why") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    const Verdict v = grade_numeric(problem, "z=two", 7);
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(v.score == 0);
    CHECK(has_line(v, "z: 'two' is not a number"));
    CHECK(has_line(v, "p_value: missing"));
    const Verdict unknown = grade_numeric(problem, "zed=2.38", 7);
    CHECK(unknown.message.find("no part named 'zed'") != std::string::npos);
}

TEST_CASE(
    "grade_answer routes numeric problems and derives the seed from the id when none is given") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    prepl::grade::Fixtures fixtures(*f.bank);
    const Verdict a = prepl::grade::grade_answer(problem, "2.384 0.0171", fixtures);
    const Verdict b = prepl::grade::grade_answer(problem, "2.384 0.0171", fixtures);
    CHECK(a.accepted());
    CHECK(a.seed == b.seed);
}

TEST_CASE("prompt and explanation get the numbers of the seed") {
    Fixture f;
    const auto& problem = f.load(k_problem, "button-ctr");
    CHECK(
        *prepl::grade::numeric::numeric_prompt(problem, 1) ==
        "Control: 200 of 10000 clicked. Treatment: 250 of 10000. Pooled z and two-sided p-value?");
    CHECK(*prepl::grade::numeric::numeric_explanation(problem, 1) ==
          "z = 2.384, p = 0.01713 with 200 and 250 clicks.");
}

TEST_CASE("spec errors name the JSON pointer and suggest close names") {
    Fixture f;
    std::string text = k_problem;
    text.replace(text.find("\"two_proportion_ztest\", \"field\": \"p_value\""), 22, "\"ztest\"");
    const auto& problem = f.load(text.c_str(), "button-ctr");
    auto spec = prepl::grade::numeric::parse_numeric_spec(problem);
    REQUIRE_FALSE(spec.has_value());
    CHECK(spec.error().message ==
          "/answers/1/solver: unknown solver \"ztest\"; did you mean two_proportion_ztest?");
    const Verdict v = grade_numeric(problem, "1 2", 1);
    CHECK(v.status == Verdict::Status::error);
}

TEST_CASE(
    "spec errors: unknown field, unknown arg, missing arg, bad tolerance, unknown answer in a "
    "mistake") {
    nlohmann::json base = nlohmann::json::parse(k_problem);
    const auto error_of = [](nlohmann::json raw) {
        prepl::bank::Problem p;
        p.id = raw["id"];
        p.kind = prepl::bank::Kind::numeric;
        p.raw = std::move(raw);
        auto spec = prepl::grade::numeric::parse_numeric_spec(p);
        REQUIRE_FALSE(spec.has_value());
        return spec.error().message;
    };
    auto field = base;
    field["answers"][0]["field"] = "zz";
    CHECK(error_of(field).find(
              "/answers/0/field: two_proportion_ztest has no output \"zz\"; did you mean z?") == 0);
    auto arg = base;
    arg["answers"][0]["args"]["nn1"] = "n1";
    CHECK(error_of(arg).find(
              "/answers/0/args/nn1: two_proportion_ztest has no input \"nn1\"; did you mean n1?") ==
          0);
    auto missing = base;
    missing["answers"][0]["args"].erase("x2");
    CHECK(error_of(missing).find("/answers/0/args: two_proportion_ztest needs input \"x2\"") == 0);
    auto tolerance = base;
    tolerance["answers"][0]["tolerance"] = {{"percent", 1}};
    CHECK(error_of(tolerance).find("/answers/0/tolerance/percent: unknown field \"percent\"") == 0);
    auto tolerence = base;  // a misspelt nested field is an error, not a silent default
    tolerence["answers"][0]["tolerence"] = {{"relative", 0.01}};
    CHECK(error_of(tolerence).find(
              "/answers/0/tolerence: unknown field \"tolerence\"; did you mean tolerance?") == 0);
    auto floor_alone = base;
    floor_alone["answers"][0]["tolerance"] = {{"absolute", 0.01}, {"floor", 0.001}};
    CHECK(error_of(floor_alone).find("/answers/0/tolerance/floor: a floor only goes with") == 0);
    auto mistake = base;
    mistake["mistakes"][0]["answer"] = "pvalue";
    CHECK(error_of(mistake).find("/mistakes/0/answer: must name one of the answers: z, p_value") ==
          0);
    auto expr = base;
    expr["answers"][0] = {{"name", "z"}, {"expr", "x1 / nn"}};
    CHECK(error_of(expr).find("/answers/0/expr: unknown name nn; did you mean n1?") == 0);
}

TEST_CASE("\"index\" picks one element of a list output such as Holm's adjusted p-values") {
    // Holm on p = (0.01, 0.04, 0.03) by hand: sorted 0.01, 0.03, 0.04 times 3, 2, 1 gives
    // 0.03, 0.06, 0.04 -> running max 0.03, 0.06, 0.06; in input order (0.03, 0.06, 0.06).
    Fixture f;
    const auto& problem = f.load(R"({
      "id": "holm-pick", "kind": "numeric", "title": "Holm", "prompt": "p-values {p1}, {p2}, {p3}: Holm-adjusted second?",
      "params": {"p1": 0.01, "p2": 0.04, "p3": 0.03},
      "answers": [{"name": "adjusted_2", "solver": "holm", "field": "adjusted", "index": 1,
                   "args": {"p_values": ["p1", "p2", "p3"]}, "tolerance": {"absolute": 1e-9}}]
    })", "holm-pick");
    CHECK(grade_numeric(problem, "0.06", 1).status == Verdict::Status::accepted);
    CHECK(grade_numeric(problem, "0.04", 1).status == Verdict::Status::rejected);
}

TEST_CASE("an index past the end of a list output is a bank error naming /answers/0/index") {
    Fixture f;
    const auto& problem = f.load(R"({
      "id": "holm-past", "kind": "numeric", "title": "Holm", "prompt": "p-values {p1}, {p2}",
      "params": {"p1": 0.01, "p2": 0.04},
      "answers": [{"name": "a", "solver": "holm", "field": "adjusted", "index": 5,
                   "args": {"p_values": ["p1", "p2"]}}]
    })", "holm-past");
    const Verdict v = grade_numeric(problem, "0.06", 1);
    CHECK(v.status == Verdict::Status::error);
    CHECK(v.message.find("/answers/0/index") != std::string::npos);
}
