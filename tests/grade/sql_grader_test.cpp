#include <doctest/doctest.h>

#include <chrono>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "grade/grade.hpp"
#include "grade/verdict_json.hpp"
#include "support/temp_dir.hpp"

using namespace prepl;
using grade::Verdict;

namespace {

// A two-dataset bank built for these tests: the hidden data adds a NULL manager, the trap of
// NOT IN, and a tie.
struct TinyBank {
    test::TempDir dir;
    bank::Bank bank;

    TinyBank() {
        dir.write("bank/datasets/staff.sql",
                  "CREATE TABLE staff(id INTEGER, name TEXT, manager_id INTEGER, salary REAL);"
                  "INSERT INTO staff VALUES (1,'Ann',NULL,100),(2,'Bob',1,80),(3,'Cy',1,80),(4,'Di',2,50);");
        dir.write("bank/datasets/staff_hidden.sql",
                  "CREATE TABLE staff(id INTEGER, name TEXT, manager_id INTEGER, salary REAL);"
                  "INSERT INTO staff VALUES (1,'Ann',NULL,100),(2,'Bob',1,90),(5,'Ed',NULL,70),(6,'Fay',5,60);");
        dir.write("bank/sql/non-managers.json", R"({
          "id": "non-managers", "kind": "sql", "title": "People who manage nobody",
          "prompt": "Return name of every person who manages nobody.",
          "dataset": "staff", "hidden_datasets": ["staff_hidden"],
          "solution": "SELECT name FROM staff s WHERE NOT EXISTS (SELECT 1 FROM staff t WHERE t.manager_id = s.id);",
          "wrong_answers": ["SELECT name FROM staff WHERE id NOT IN (SELECT manager_id FROM staff WHERE manager_id IS NOT NULL AND id < 5);"]
        })");
        dir.write("bank/sql/top-salaries.json", R"({
          "id": "top-salaries", "kind": "sql", "title": "Salaries, highest first",
          "prompt": "Return name and salary ordered by salary descending.",
          "dataset": "staff",
          "solution": "SELECT name, salary FROM staff ORDER BY salary DESC;",
          "compare": {"order": ["salary desc"]},
          "wrong_answers": ["SELECT name, salary FROM staff ORDER BY salary;"]
        })");
        dir.write("bank/sql/raise.json", R"({
          "id": "raise", "kind": "sql", "title": "Give Di a raise",
          "prompt": "Set Di's salary to 55.",
          "dataset": "staff", "mode": "table_state", "check_tables": ["staff"],
          "solution": "UPDATE staff SET salary = 55 WHERE name = 'Di';",
          "wrong_answers": ["UPDATE staff SET salary = 55;"]
        })");
        auto loaded = bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        REQUIRE(loaded->issues().empty());
        bank = std::move(*loaded);
    }
};

}  // namespace

TEST_CASE("the reference answer is accepted on the sample and the hidden data") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("non-managers");
    const Verdict v = grade::grade_answer(*p, p->sql()->solution, fixtures);
    CHECK(v.status == Verdict::Status::accepted);
    CHECK(v.score == 1);
    CHECK(v.message.find("1 hidden dataset") != std::string::npos);
}

TEST_CASE("an answer right on the sample but wrong on hidden data says so and hides the rows") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("non-managers");
    // Hard-codes the managers of the sample data: Ann (1) and Bob (2).
    const Verdict v = grade::grade_answer(*p, "SELECT name FROM staff WHERE id NOT IN (1, 2);", fixtures);
    REQUIRE(v.status == Verdict::Status::rejected);
    CHECK(v.hidden_fixture);
    CHECK(v.message.find("right rows on the sample data but not on another dataset") != std::string::npos);
    const auto json = grade::to_json(v);
    CHECK(json["fixture"] == "hidden");
    CHECK(json["diff"]["rows_hidden"] == true);
    CHECK_FALSE(json["diff"].contains("missing_rows"));
    CHECK(grade::to_json(v, true)["diff"].contains("missing_rows"));
}

TEST_CASE("a SQL error is a rejection that quotes SQLite's message") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const Verdict v = grade::grade_answer(*t.bank.find("non-managers"), "SELECT nme FROM staff;", fixtures);
    CHECK(v.status == Verdict::Status::rejected);
    REQUIRE(v.sql_failure.has_value());
    CHECK(v.message.find("no such column") != std::string::npos);
}

TEST_CASE("DML in an answer cannot change the data the reference runs on") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("non-managers");
    const Verdict v = grade::grade_answer(*p, "DELETE FROM staff; SELECT name FROM staff;", fixtures);
    CHECK(v.status == Verdict::Status::rejected);
    // The same fixtures still grade the reference as accepted afterwards.
    CHECK(grade::grade_answer(*p, p->sql()->solution, fixtures).accepted());
}

TEST_CASE("order by a column list rejects unsorted rows and accepts any order of ties") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("top-salaries");
    // Bob and Cy tie at 80: either order is right.
    CHECK(grade::grade_answer(*p, "SELECT name, salary FROM staff ORDER BY salary DESC, name DESC;", fixtures)
              .accepted());
    const Verdict v = grade::grade_answer(*p, "SELECT name, salary FROM staff ORDER BY salary;", fixtures);
    REQUIRE(v.status == Verdict::Status::rejected);
    REQUIRE(v.diff.has_value());
    CHECK(v.diff->first_order_mismatch.has_value());
}

TEST_CASE("table-state problems compare the tables after the statements") {
    TinyBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("raise");
    CHECK(grade::grade_answer(*p, "UPDATE staff SET salary = salary + 5 WHERE id = 4;", fixtures).accepted());
    const Verdict wrong = grade::grade_answer(*p, "UPDATE staff SET salary = 55;", fixtures);
    CHECK(wrong.status == Verdict::Status::rejected);
    const Verdict dropped = grade::grade_answer(*p, "DROP TABLE staff;", fixtures);
    CHECK(dropped.status == Verdict::Status::rejected);
    CHECK(dropped.message.find("staff") != std::string::npos);
}

TEST_CASE("a broken reference is an error, not the user's rejection") {
    test::TempDir dir;
    dir.write("bank/sql/broken-ref.json", R"({"id": "broken-ref", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x); INSERT INTO t VALUES (1);", "solution": "SELECT y FROM t;"})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    grade::Fixtures fixtures(*bank);
    const Verdict v = grade::grade_answer(*bank->find("broken-ref"), "SELECT x FROM t;", fixtures);
    CHECK(v.status == Verdict::Status::error);
    CHECK(grade::exit_code(v) == 3);
    CHECK(v.message.find("broken-ref.json") != std::string::npos);
}

TEST_CASE("validate passes an honest problem and flags a wrong answer that nothing catches") {
    TinyBank t;
    CHECK(grade::validate_bank(t.bank).ok());

    test::TempDir dir;
    dir.write("bank/sql/weak.json", R"({"id": "weak", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x); INSERT INTO t VALUES (1),(2);", "solution": "SELECT x FROM t;",
      "wrong_answers": ["SELECT x FROM t WHERE x < 3;"]})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const auto report = grade::validate_bank(*bank);
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].message.find("wrong_answers[0] is accepted on every dataset") != std::string::npos);
}

TEST_CASE("validate flags a hidden dataset that catches nothing") {
    TinyBank t;
    test::TempDir dir;
    dir.write("bank/datasets/staff.sql", "CREATE TABLE staff(id, name, manager_id, salary); INSERT INTO staff VALUES (1,'A',NULL,1);");
    dir.write("bank/datasets/copy.sql", "CREATE TABLE staff(id, name, manager_id, salary); INSERT INTO staff VALUES (1,'A',NULL,1);");
    dir.write("bank/sql/names.json", R"({"id": "names", "kind": "sql", "title": "t", "prompt": "p",
      "dataset": "staff", "hidden_datasets": ["copy"], "solution": "SELECT name FROM staff;",
      "wrong_answers": ["SELECT name, id FROM staff;", "SELECT name FROM staff WHERE id > 1;"]})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const auto report = grade::validate_bank(*bank);
    bool flagged = false;
    for (const auto& f : report.findings) flagged |= f.message.find("hidden dataset \"copy\"") != std::string::npos;
    CHECK(flagged);
}

TEST_CASE("the reference solution runs under the bank's budget, not the user's") {
    // Issue 9 item 8: with the user's budget on the reference, a slow reference on a loaded
    // machine was reported as a bank defect. Counting to 2,000,000 in a recursive CTE takes
    // hundreds of milliseconds; the user's budget here is 5 ms, the bank's the default 10 s.
    test::TempDir dir;
    dir.write("bank/sql/slow-ref.json", R"({"id": "slow-ref", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x);",
      "solution": "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 2000000) SELECT count(*) AS n FROM r;"})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    grade::Fixtures fixtures(*bank);
    grade::GradeOptions options;
    options.limits.time_budget = std::chrono::milliseconds(5);
    const Verdict v = grade::grade_answer(*bank->find("slow-ref"), "SELECT 2000000 AS n;", fixtures, options);
    CHECK_MESSAGE(v.status == Verdict::Status::accepted, v.message);
}

TEST_CASE("a reference slower than the bank's budget is blamed on the bank, naming the file") {
    test::TempDir dir;
    dir.write("bank/sql/endless-ref.json", R"({"id": "endless-ref", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x);",
      "solution": "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) AS n FROM r;"})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    grade::Fixtures fixtures(*bank, std::chrono::milliseconds(200));
    const Verdict v = grade::grade_answer(*bank->find("endless-ref"), "SELECT 1 AS n;", fixtures);
    CHECK(v.status == Verdict::Status::error);
    CHECK(v.message.find("endless-ref.json: the reference solution fails on sample: query stopped") !=
          std::string::npos);
    CHECK(v.message.find("a bank defect") != std::string::npos);
}

TEST_CASE("a setup that never ends is an error naming the problem file, not a hang") {
    test::TempDir dir;
    dir.write("bank/sql/endless-setup.json", R"({"id": "endless-setup", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x); WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) INSERT INTO t SELECT i FROM r;",
      "solution": "SELECT x FROM t;"})");
    auto bank = bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    grade::Fixtures fixtures(*bank, std::chrono::milliseconds(200));
    const Verdict v = grade::grade_answer(*bank->find("endless-setup"), "SELECT x FROM t;", fixtures);
    CHECK(v.status == Verdict::Status::error);
    CHECK(v.message.find("endless-setup.json (setup)': the setup SQL failed: query stopped after 0.2 s") !=
          std::string::npos);
}
