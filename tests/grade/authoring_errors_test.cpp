// Errors a bank's CI can rely on (issue 14): findings that name the file, the field, what is
// allowed, and nothing spurious.
#include <doctest/doctest.h>

#include <string>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "support/tiny_bank.hpp"

using namespace prepl;
using prepl::test::TempDir;

namespace {

std::string all_findings(const grade::ValidationReport& report) {
    std::string out;
    for (const auto& f : report.findings) out += f.file + " | " + f.problem_id + " | " + f.message + "\n";
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

grade::ValidationReport validate_dir(const TempDir& dir, const std::vector<std::string>& ids = {}) {
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    return grade::validate_bank(*bank, ids);
}

}  // namespace

TEST_CASE("a misspelt nested field is an error naming the field, the close name and the allowed ones") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "compare": {"tolerence": 0.01})");
    const std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "p1.json"));
    CHECK(contains(text, "/compare: unknown field \"tolerence\" (did you mean \"tolerance\"?)"));
    CHECK(contains(text, "allowed fields: columns, order, rows, tolerance"));
}

TEST_CASE("a bad enum value names the field, the value and the allowed values, once") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "difficulty": "super")");
    const auto report = validate_dir(dir, {"p1"});
    const std::string text = all_findings(report);
    CAPTURE(text);
    CHECK(contains(text, "/difficulty: \"super\" is not allowed; use one of: easy, medium, hard"));
    CHECK_FALSE(contains(text, "Failed to match against any enum values"));
    CHECK_FALSE(contains(text, "no problem with id"));  // the file is already reported, with its reason
    CHECK(report.findings.size() == 1);
    CHECK_FALSE(report.findings.front().file.empty());
}

TEST_CASE("compare.order naming a column the reference does not return is a finding") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "compare": {"order": ["count desc"]})");
    const std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "compare.order names column \"count\", which the reference does not return (it returns n)"));
}

TEST_CASE("an ordered comparison with a reference that has no ORDER BY is a finding") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "compare": {"order": "exact"})");
    std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "the reference has no ORDER BY"));

    // ORDER BY only inside a window or a subquery does not order the result either.
    dir.write("bank/sql/p1.json", R"j({"id": "p1", "kind": "sql", "title": "T", "prompt": "P", "dataset": "tiny",
  "solution": "SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM (SELECT id FROM users ORDER BY id);",
  "compare": {"order": "exact"}})j");
    text = all_findings(validate_dir(dir));
    CHECK(contains(text, "the reference has no ORDER BY"));

    dir.write("bank/sql/p1.json", R"j({"id": "p1", "kind": "sql", "title": "T", "prompt": "P", "dataset": "tiny",
  "solution": "SELECT id, 'order by' AS note FROM users -- ORDER BY id\n ORDER BY id;", "compare": {"order": "exact"}})j");
    text = all_findings(validate_dir(dir));
    CHECK_FALSE(contains(text, "no ORDER BY"));
}

TEST_CASE("a hidden dataset the reference cannot run on is named, with SQLite's message") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "hidden_datasets": ["tiny_hidden"])");
    dir.write("bank/datasets/tiny_hidden.sql", "CREATE TABLE people(id INTEGER); INSERT INTO people VALUES (1);");
    const std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "hidden dataset tiny_hidden"));
    CHECK(contains(text, "no such table: users"));
    CHECK_FALSE(contains(text, "syntax error"));
    CHECK_FALSE(contains(text, "run prepl validate"));
}

TEST_CASE("an unknown id given to validate suggests a close one") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "count-users", "[]");
    const std::string text = all_findings(validate_dir(dir, {"count-user"}));
    CAPTURE(text);
    CHECK(contains(text, "no problem with id \"count-user\" in the bank; did you mean count-users?"));
}

TEST_CASE("a grader error inside validate names the grader's line and does not say to run validate") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "grader": "graders/bad.lua")");
    dir.write("bank/graders/bad.lua", "return function(answer, ctx)\n  error('boom')\nend\n");
    const std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "bad.lua:2: boom"));
    CHECK_FALSE(contains(text, "run prepl validate"));
}

TEST_CASE("a company is named only with the public source that says it asks this kind of question") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]", 5, R"(, "companies": ["Pinterest"])");
    std::string text = all_findings(validate_dir(dir));
    CAPTURE(text);
    CHECK(contains(text, "companies: Pinterest named without a \"source\""));
    prepl::test::write_sql_problem(dir, "p1", "[]", 5,
                                   R"(, "companies": ["Pinterest"], "source": "A public write-up of the question")");
    text = all_findings(validate_dir(dir));
    CHECK_FALSE(contains(text, "without a \"source\""));
}
