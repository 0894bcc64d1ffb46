// Lua graders in grading: SQL problems with a grader, numeric graders, failures.
#include <doctest/doctest.h>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "grade/grade.hpp"
#include "grade/lua_grading.hpp"
#include "support/temp_dir.hpp"

using namespace prepl;
using grade::Verdict;
using nlohmann::json;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A bank with one table and SQL problems whose graders are written below.
struct GraderBank {
    test::TempDir dir;
    bank::Bank bank;

    explicit GraderBank(const std::string& extra_problem = "", const std::string& extra_grader = "") {
        const std::string setup = R"("setup": "CREATE TABLE visits(user_id INTEGER, day TEXT); INSERT INTO visits VALUES (1,'a'),(1,'b'),(2,'a');")";
        dir.write("bank/sql/visits-per-user.json", R"({"id": "visits-per-user", "kind": "sql", "title": "t",
          "prompt": "user_id and visits.", )" + setup + R"(,
          "solution": "SELECT user_id, COUNT(*) AS visits FROM visits GROUP BY user_id;",
          "grader": "graders/window.lua"})");
        // Requires a window function: the same numbers from GROUP BY are rejected with feedback.
        dir.write("bank/graders/window.lua", R"LUA(return function(answer, ctx)
  if not answer:lower():find("over%s*%(") then
    return {score = 0, max = 1, status = "rejected", feedback = {"must use a window function (... OVER (...))"}}
  end
  return {score = 1, max = 1, feedback = {"uses a window function"}}
end
)LUA");
        dir.write("bank/sql/bridges.json", R"({"id": "bridges", "kind": "sql", "title": "t", "prompt": "p", )" + setup + R"(,
          "solution": "SELECT user_id, COUNT(*) AS visits FROM visits GROUP BY user_id;", "grader": "graders/bridges.lua"})");
        // Uses every bridge and reports what it saw.
        dir.write("bank/graders/bridges.lua", R"LUA(return function(answer, ctx)
  local q = assert(ctx.query("SELECT COUNT(*) AS n FROM visits"))
  local z = assert(ctx.solve("two_proportion_ztest", {x1 = 50, n1 = 1000, x2 = 70, n2 = 1000}))
  local cmp = ctx.compare(ctx.user, ctx.reference, {order = "any"})
  local bad, msg = ctx.query("SELECT nope FROM visits")
  return {score = 1, max = 1, feedback = {
    "rows=" .. q.rows[1][1], ("z=%.3f"):format(z.z), "equal=" .. tostring(cmp.equal),
    "user_rows=" .. #ctx.user.rows, "bad=" .. tostring(bad) .. ":" .. tostring(msg ~= nil)}}
end
)LUA");
        if (!extra_problem.empty()) dir.write("bank/sql/extra.json", extra_problem);
        if (!extra_grader.empty()) dir.write("bank/graders/extra.lua", extra_grader);
        auto loaded = bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        REQUIRE(loaded->issues().empty());
        bank = std::move(*loaded);
    }
};

const char* k_extra_problem = R"({"id": "extra", "kind": "sql", "title": "t", "prompt": "p",
  "setup": "CREATE TABLE t(x); INSERT INTO t VALUES (1);", "solution": "SELECT x FROM t;", "grader": "graders/extra.lua"})";

}  // namespace

TEST_CASE("a SQL grader requiring a window function rejects an otherwise right answer") {
    GraderBank t;
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("visits-per-user");
    const Verdict plain = grade::grade_answer(*p, "SELECT user_id, COUNT(*) AS visits FROM visits GROUP BY user_id;", fixtures);
    CHECK(plain.status == Verdict::Status::rejected);
    CHECK(contains(plain.message, "grader rejects"));
    CHECK(contains(plain.message, "must use a window function"));
    REQUIRE_FALSE(plain.feedback.empty());
    CHECK(plain.feedback.front() == "must use a window function (... OVER (...))");

    const Verdict windowed = grade::grade_answer(
        *p, "SELECT DISTINCT user_id, COUNT(*) OVER (PARTITION BY user_id) AS visits FROM visits;", fixtures);
    CHECK(windowed.status == Verdict::Status::accepted);
    CHECK(windowed.feedback == std::vector<std::string>{"uses a window function"});

    // A wrong result stays rejected whatever the grader says: it can veto, not accept.
    const Verdict wrong = grade::grade_answer(*p, "SELECT user_id, 1 AS visits, COUNT(*) OVER () FROM visits;", fixtures);
    CHECK(wrong.status == Verdict::Status::rejected);
}

TEST_CASE("ctx.query, ctx.solve and ctx.compare reach the fixture, the solvers and the comparator") {
    GraderBank t;
    grade::Fixtures fixtures(t.bank);
    const Verdict v = grade::grade_answer(*t.bank.find("bridges"),
                                          "SELECT user_id, COUNT(*) AS visits FROM visits GROUP BY user_id;", fixtures);
    REQUIRE(v.status == Verdict::Status::accepted);
    // Expected values: 3 seeded rows; pooled z for 50/1000 vs 70/1000 is 0.02 / sqrt(0.06 * 0.94 * 2 / 1000) = 1.8831.
    CHECK(v.feedback == std::vector<std::string>{"rows=3", "z=1.883", "equal=true", "user_rows=2", "bad=nil:true"});
}

TEST_CASE("a grader that raises gives status error naming the file and line; grading goes on") {
    GraderBank t(k_extra_problem, "return function(answer, ctx)\n  local x = nil\n  return x.field\nend\n");
    grade::Fixtures fixtures(t.bank);
    const Verdict v = grade::grade_answer(*t.bank.find("extra"), "SELECT x FROM t;", fixtures);
    CHECK(v.status == Verdict::Status::error);
    CHECK(grade::exit_code(v) == 3);
    CHECK(contains(v.message, "graders/extra.lua:3:"));
    CHECK(contains(v.message, "not your answer"));
    // The next grading in the same process works.
    CHECK(grade::grade_answer(*t.bank.find("visits-per-user"),
                              "SELECT DISTINCT user_id, COUNT(*) OVER (PARTITION BY user_id) AS visits FROM visits;",
                              fixtures)
              .accepted());
}

TEST_CASE("a grader that loops forever is stopped by the time budget") {
    GraderBank t(k_extra_problem, "return function(answer, ctx)\n  while true do end\nend\n");
    grade::Fixtures fixtures(t.bank);
    const auto* p = t.bank.find("extra");
    lua::LuaLimits limits;
    limits.time_budget = std::chrono::milliseconds(100);
    Verdict v = grade::grade_sql(*p, "SELECT x FROM t;", fixtures);
    REQUIRE(v.accepted());
    grade::apply_sql_lua_grader(*p, fixtures, "SELECT x FROM t;", v, {}, limits);
    CHECK(v.status == Verdict::Status::error);
    CHECK(contains(v.message, "time budget"));
}

TEST_CASE("a missing grader file is reported by the bank, an unreadable one by grading") {
    test::TempDir dir;
    dir.write("bank/sql/x.json", R"({"id": "x", "kind": "sql", "title": "t", "prompt": "p",
      "setup": "CREATE TABLE t(x);", "solution": "SELECT x FROM t;", "grader": "graders/none.lua"})");
    auto loaded = bank::load_bank(dir.path() / "bank");
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->issues().size() == 1);
    CHECK(contains(loaded->issues()[0].to_string(), "graders/none.lua"));
}

TEST_CASE("apply_lua_grader gives a numeric problem's grader the params and can veto") {
    test::TempDir dir;
    dir.write("bank/stats/num.json", R"({"id": "num", "kind": "numeric", "title": "t", "prompt": "p",
      "answers": [], "grader": "graders/num.lua"})");
    dir.write("bank/graders/num.lua", R"LUA(local numeric = require "numeric"
return function(answer, ctx)
  local got = numeric.first_number(answer)
  if got and got > ctx.params.limit then
    return {score = 0, max = 1, status = "rejected", feedback = {"over the limit " .. ctx.params.limit}}
  end
  return {score = 1, max = 1, feedback = {"fine"}}
end
)LUA");
    dir.write("bank/graders/lib/numeric.lua", "return {first_number = function(t) return tonumber(t:match('[%d%.]+')) end}\n");
    auto loaded = bank::load_bank(dir.path() / "bank");
    REQUIRE(loaded.has_value());
    const auto* p = loaded->find("num");
    REQUIRE(p);
    Verdict v;
    v.status = Verdict::Status::accepted;
    grade::apply_lua_grader(*p, *loaded, "x = 12", json{{"limit", 10}}, v);
    CHECK(v.status == Verdict::Status::rejected);
    CHECK(v.feedback == std::vector<std::string>{"over the limit 10"});
    Verdict ok;
    ok.status = Verdict::Status::accepted;
    grade::apply_lua_grader(*p, *loaded, "x = 3", json{{"limit", 10}}, ok);
    CHECK(ok.accepted());
}

TEST_CASE("validate: a grader that rejects the reference, or does not compile, is a finding with file and line") {
    GraderBank t(k_extra_problem, "return function(answer, ctx)\n  local x = = 1\nend\n");
    const auto report = grade::validate_bank(t.bank);
    std::string all;
    for (const auto& f : report.findings) all += f.problem_id + ": " + f.message + "\n";
    // window.lua rejects the GROUP BY reference of visits-per-user.
    CHECK(contains(all, "visits-per-user: the grader rejects the reference solution"));
    CHECK(contains(all, "extra: grader does not load: graders/extra.lua:2:"));
    CHECK_FALSE(contains(all, "bridges:"));
}
