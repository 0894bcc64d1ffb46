// Estimate (Fermi) parts of case problems: typed numbers ("2.5 million", "2.5e6", "2,500,000"),
// graded in log space within the part's factor, through the case grader and validate.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "bank/bank.hpp"
#include "grade/case_answer.hpp"
#include "grade/case_estimate.hpp"
#include "grade/case_grader.hpp"
#include "support/source_text.hpp"
#include "support/temp_dir.hpp"

using namespace prepl;
using grade::Verdict;
using nlohmann::json;

namespace {

using prepl::test::contains;
using prepl::test::source_file;

// A Fermi problem cut down: an estimate part worth 2 points (reference 4 million, factor 3) and
// a text part with one 1-point criterion: 3 points in all.
json fermi_case() {
    return json::parse(R"({
      "id": "fermi-test", "kind": "case", "title": "t", "prompt": "p",
      "parts": [
        {"id": "estimate", "question": "How many?", "type": "estimate", "answer_value": 4000000, "factor": 3, "points": 2},
        {"id": "decomposition", "question": "How did you get there?", "type": "text"}
      ],
      "rubric": [
        {"id": "population", "part": "decomposition", "points": 1, "criterion": "Starts from the population",
         "concepts": [["population", "residents", "people"]], "feedback": "Start from the population."}
      ],
      "model_answer": {"estimate": 4000000, "decomposition": "I start from a population of 8 million people."}
    })");
}

struct FermiBank {
    test::TempDir dir;
    bank::Bank bank;
    explicit FermiBank(const json& problem = fermi_case()) {
        for (const char* module : {"rubric", "thesaurus", "red_flags", "star"})
            dir.write(std::string("bank/graders/lib/") + module + ".lua", source_file(std::string("graders/lib/") + module + ".lua"));
        dir.write("bank/case/" + problem["id"].get<std::string>() + ".json", problem.dump(2));
        auto loaded = bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        for (const auto& issue : loaded->issues()) FAIL(issue.to_string());
        bank = std::move(*loaded);
    }
    const bank::Problem& problem() const { return *bank.find("fermi-test"); }
};

}  // namespace

TEST_CASE("typed estimates: scale words, exponents, thousands commas, words around the number") {
    // Reference values are the numbers as written out by hand.
    CHECK(*grade::parse_estimate("2.5 million") == doctest::Approx(2500000));
    CHECK(*grade::parse_estimate("2.5e6") == doctest::Approx(2500000));
    CHECK(*grade::parse_estimate("2,500,000") == doctest::Approx(2500000));
    CHECK(*grade::parse_estimate("about 40k trips a day") == doctest::Approx(40000));
    CHECK(*grade::parse_estimate("~$3bn") == doctest::Approx(3000000000.0));
    CHECK(*grade::parse_estimate("1.2 billion") == doctest::Approx(1200000000.0));
    CHECK(*grade::parse_estimate("350 TB") == doctest::Approx(350));  // a unit, not a scale word
    CHECK(*grade::parse_estimate(".5 million") == doctest::Approx(500000));
    CHECK_FALSE(grade::parse_estimate("a lot").has_value());
    CHECK_FALSE(grade::parse_estimate("").has_value());
    CHECK(contains(grade::parse_estimate("between 2 and 5 million").error().message, "more than one number"));
    CHECK_FALSE(grade::parse_estimate("-3").has_value());
    CHECK_FALSE(grade::parse_estimate("0").has_value());
}

TEST_CASE("an estimate earns its points within the factor either way, in log space") {
    grade::CasePart part;
    part.type = grade::CasePart::Type::estimate;
    part.answer_value = 4e6;
    part.factor = 3;
    part.points = 2;
    CHECK(grade::estimate_score(part, 4e6) == 2);
    CHECK(grade::estimate_score(part, 12e6) == 2);      // exactly 3x higher
    CHECK(grade::estimate_score(part, 4e6 / 3) == 2);   // exactly 3x lower
    CHECK(grade::estimate_score(part, 12.1e6) == 0);
    CHECK(grade::estimate_score(part, 1.3e6) == 0);     // 3.08x lower
    CHECK(grade::estimate_ratio(part, 2e6) == doctest::Approx(2));
    CHECK(grade::estimate_score(part, 0) == 0);
}

TEST_CASE("estimates are shown in words a person reads, never with an exponent") {
    CHECK(grade::format_estimate(80000) == "80000");
    CHECK(grade::format_estimate(123456) == "123000");
    CHECK(grade::format_estimate(12.5) == "12.5");
    CHECK(grade::format_estimate(2500000) == "2.5 million");
    CHECK(grade::format_estimate(8.5e9) == "8.5 billion");
}

TEST_CASE("the case grader scores an estimate part from JSON or from a section, and says how far off it is") {
    FermiBank t;
    Verdict near = grade::grade_case(t.problem(), t.bank, R"({"estimate": "2.5 million", "decomposition": "I start from 8 million residents."})");
    CHECK(near.score == doctest::Approx(3));
    CHECK(near.max_score == doctest::Approx(3));
    Verdict far = grade::grade_case(t.problem(), t.bank, "## estimate\n40,000,000\n## decomposition\nI start from 8 million residents.\n");
    CHECK(far.score == doctest::Approx(1));
    bool said = false;
    for (const auto& line : far.feedback) said = said || contains(line, "10x higher than the reference 4 million");
    CHECK(said);
    Verdict typo = grade::grade_case(t.problem(), t.bank, "## estimate\nlots\n## decomposition\nx\n");
    CHECK(contains(typo.message, "has no number"));
    Verdict empty = grade::grade_case(t.problem(), t.bank, "## decomposition\nI start from 8 million residents.\n");
    CHECK(empty.score == doctest::Approx(1));
    CHECK(empty.max_score == doctest::Approx(3));
}

TEST_CASE("a required estimate off by more than its factor caps the verdict at rejected") {
    json p = fermi_case();
    p["parts"][0]["required"] = true;
    p["parts"][0]["points"] = 0.2;
    FermiBank t(p);
    // The text alone earns 1/1.2 = 83%, above the 70% pass mark: only the cap rejects it.
    Verdict v = grade::grade_case(t.problem(), t.bank, R"({"estimate": 1e9, "decomposition": "I start from 8 million residents."})");
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(contains(v.message, "off by more than a factor of 3"));
}
