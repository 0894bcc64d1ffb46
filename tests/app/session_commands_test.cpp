#include "app/session_commands.hpp"

#include <doctest/doctest.h>

#include "session/progress_store.hpp"
#include "support/tiny_bank.hpp"

using namespace prepl;
using prepl::test::TempDir;

namespace {

app::CommonOptions options_for(const TempDir& dir) {
    app::CommonOptions common;
    common.bank_dir = dir.path() / "bank";
    common.data_dir = dir.path() / "data";
    return common;
}

void add_attempts(const TempDir& dir, const std::string& id, int n) {
    auto store = session::ProgressStore::open(dir.path() / "data/progress.db");
    REQUIRE(store.has_value());
    for (int i = 0; i < n; ++i) {
        session::Attempt a;
        a.problem_id = id;
        a.kind = "sql";
        a.status = "accepted";
        REQUIRE(store->add_attempt(a).has_value());
    }
}

}  // namespace

TEST_CASE("reset asks before deleting, and a no answers keeps everything") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    add_attempts(dir, "p1", 3);
    std::string asked;
    app::ResetOptions reset;
    reset.id = "p1";
    reset.confirm = [&](const std::string& question) {
        asked = question;
        return false;
    };
    auto out = app::reset_command(options_for(dir), reset);
    CHECK(asked == "Delete 3 attempts of p1? [y/N] ");
    CHECK(out.out == "Nothing was deleted.\n");
    reset.confirm = [](const std::string&) { return true; };
    out = app::reset_command(options_for(dir), reset);
    CHECK(out.out == "Deleted 3 attempts.\n");
}

TEST_CASE("reset without a terminal needs --yes") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    add_attempts(dir, "p1", 1);
    app::ResetOptions reset;
    reset.all = true;
    auto out = app::reset_command(options_for(dir), reset);
    CHECK(out.code == app::k_exit_usage);
    CHECK(out.err.find("--yes") != std::string::npos);
    reset.yes = true;
    CHECK(app::reset_command(options_for(dir), reset).out == "Deleted 1 attempt.\n");
}

TEST_CASE("review lists due problems and names the first for the shell") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    {
        auto store = session::ProgressStore::open(dir.path() / "data/progress.db");
        REQUIRE(store.has_value());
        session::ReviewState r;
        r.problem_id = "p1";
        r.due_at = 10;
        r.interval_days = 1;
        REQUIRE(store->put_review_state(r).has_value());
    }
    session::FakeClock clock(20);
    std::string first;
    auto out = app::review_command(options_for(dir), clock, first);
    CHECK(first == "p1");
    CHECK(out.out.find("1 due for review") != std::string::npos);
    session::FakeClock early(0);
    first.clear();
    CHECK(app::review_command(options_for(dir), early, first).out.starts_with("Nothing is due"));
    CHECK(first.empty());
}

TEST_CASE("reset of an id that is neither in the bank nor in the store is a usage error naming it") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    app::ResetOptions reset;
    reset.id = "p2";
    reset.yes = true;
    auto out = app::reset_command(options_for(dir), reset);
    CHECK(out.code == app::k_exit_usage);
    CHECK(out.err.find("no problem with id \"p2\"") != std::string::npos);
    CHECK(out.err.find("did you mean p1?") != std::string::npos);
    reset.id = "p1";  // in the bank, never tried: nothing to delete, not an error
    out = app::reset_command(options_for(dir), reset);
    CHECK(out.code == app::k_exit_ok);
    CHECK(out.out == "Deleted 0 attempts.\n");
}

TEST_CASE("reset of an id the bank no longer has still deletes its stored attempts") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    add_attempts(dir, "gone", 2);
    app::ResetOptions reset;
    reset.id = "gone";
    reset.yes = true;
    auto out = app::reset_command(options_for(dir), reset);
    CHECK(out.code == app::k_exit_ok);
    CHECK(out.out == "Deleted 2 attempts.\n");
}
