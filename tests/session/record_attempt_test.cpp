#include "session/record_attempt.hpp"

#include <doctest/doctest.h>

#include "grade/grade.hpp"
#include "support/tiny_bank.hpp"

using namespace prepl::session;
using prepl::test::TempDir;

TEST_CASE("an answer that does not parse is recorded as errored and schedules no review") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "count-users", R"(["counting"])");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const prepl::bank::Problem& problem = *bank->find("count-users");
    prepl::grade::Fixtures fixtures(*bank);
    auto store = ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());

    const auto typo = prepl::grade::grade_answer(problem, "SELEC COUNT(*) FROM users;", fixtures, {});
    REQUIRE(typo.status == prepl::grade::Verdict::Status::rejected);  // the verdict itself is unchanged
    AttemptContext context{"SELEC COUNT(*) FROM users;", 0, 60'000, 0, false, std::nullopt, std::nullopt};
    REQUIRE(record_attempt(*store, problem, typo, context).has_value());
    auto attempts = store->attempts();
    REQUIRE(attempts->size() == 1);
    CHECK(attempts->front().status == "errored");
    CHECK_FALSE(store->review_state("count-users")->has_value());

    // A query that runs but is wrong is a rejected attempt and is scheduled for review.
    const auto wrong = prepl::grade::grade_answer(problem, "SELECT 5 AS n;", fixtures, {});
    context.answer = "SELECT 5 AS n;";
    REQUIRE(record_attempt(*store, problem, wrong, context).has_value());
    CHECK(store->attempts()->back().status == "rejected");
    CHECK(store->review_state("count-users")->has_value());
}
