// The practice shell's commands, driven line by line on a small bank of our own.
#include "repl/shell.hpp"

#include <doctest/doctest.h>

#include <map>

#include "support/tiny_bank.hpp"

using prepl::repl::Shell;
using prepl::test::TempDir;

namespace {

// A table-state problem on the tiny dataset: give every user the score 10.
void write_update_problem(const TempDir& dir) {
    prepl::test::write_sql_problem(dir, "count-users", R"(["counting"])");  // writes the dataset too
    dir.write("bank/sql/set-scores.json", R"j({"id": "set-scores", "kind": "sql", "title": "Set scores",
  "prompt": "Add a column score and set it to 10 for every user.", "tags": ["dml"], "dataset": "tiny",
  "mode": "table_state", "check_tables": ["users"],
  "solution": "ALTER TABLE users ADD COLUMN score INTEGER; UPDATE users SET score = 10;",
  "hints": ["ALTER TABLE"], "explanation": "Two statements."})j");
}

prepl::bank::Bank load(const TempDir& dir) {
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE(bank->issues().empty());
    return std::move(*bank);
}

}  // namespace

TEST_CASE("submit on a result problem grades the query returning the expected columns, not a later look-up") {
    TempDir dir;
    write_update_problem(dir);
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.open("count-users");
    shell.feed("SELECT COUNT(*) AS n FROM users;");
    shell.feed("SELECT * FROM users;");  // a look at the data after the answer
    const std::string out = shell.feed("submit");
    CHECK(out.find("accepted") != std::string::npos);
    CHECK(out.find("Grading query 1 of 2") != std::string::npos);
    CHECK(out.find("SELECT COUNT(*) AS n FROM users;") != std::string::npos);

    // `submit 2` grades the look-up, and says so; `answer 2` makes it the default.
    const std::string second = shell.feed("submit 2");
    CHECK(second.find("Grading query 2 of 2") != std::string::npos);
    CHECK(second.find("rejected") != std::string::npos);
    CHECK(shell.feed("answer").find(">  1. SELECT COUNT(*)") != std::string::npos);
    CHECK(shell.feed("answer 2").find("will grade query 2") != std::string::npos);
    CHECK(shell.feed("submit").find("Grading query 2 of 2 (typed), the one you picked") != std::string::npos);
    CHECK(shell.feed("submit 9").find("No query 9") != std::string::npos);
}

TEST_CASE("submit on a table-state problem replays every statement since open, skipping failed ones") {
    TempDir dir;
    write_update_problem(dir);
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.open("set-scores");
    shell.feed("ALTER TABLE users ADD COLUMN score INTEGER;");
    shell.feed("UPDATE users SET scor = 10;");  // fails: no such column
    shell.feed("UPDATE users SET score = 10;");
    shell.feed("SELECT * FROM users;");
    const std::string out = shell.feed("submit");
    CHECK(out.find("accepted") != std::string::npos);
    CHECK(out.find("Grading the 3 statements you ran since `open` or `reset`") != std::string::npos);
    CHECK(out.find("(1 that failed left out)") != std::string::npos);
    // `reset` starts the log over: the UPDATE alone fails on fresh data (no score column).
    shell.feed("reset");
    shell.feed("UPDATE users SET score = 10;");
    CHECK(shell.feed("submit").find("None of your statements ran") != std::string::npos);
}

TEST_CASE("list filters by kind, difficulty and tag prefix, marks progress, and counts tags") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "easy-window", R"(["window-function"])", 5, R"(, "difficulty": "easy")");
    prepl::test::write_sql_problem(dir, "hard-window", R"(["window-function", "ties"])", 5, R"(, "difficulty": "hard")");
    prepl::test::write_sql_problem(dir, "hard-join", R"(["Joins"])", 5, R"(, "difficulty": "hard")");
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.render_options().mode = prepl::repl::TableMode::list;
    shell.progress_marks = [] {
        return std::optional<std::map<std::string, std::string>>({{"hard-window", "solved, due"}, {"hard-join", "tried"}});
    };
    const std::string hard = shell.feed("list hard");
    CHECK(hard.find("hard-window|sql|hard|T hard-window|solved, due") != std::string::npos);
    CHECK(hard.find("hard-join|sql|hard|T hard-join|tried") != std::string::npos);
    CHECK(hard.find("easy-window") == std::string::npos);
    CHECK(hard.find("2 problems, 1 solved") != std::string::npos);

    const std::string window = shell.feed("list sql --tag Window --difficulty easy");
    CHECK(window.find("easy-window|") != std::string::npos);
    CHECK(window.find("1 problem,") != std::string::npos);
    CHECK(shell.feed("list join").find("hard-join|") != std::string::npos);  // case-insensitive prefix
    CHECK(shell.feed("list stats").find("No problem matches") != std::string::npos);  // stats = numeric

    CHECK(shell.feed("list --difficulty extreme") == "list: unknown difficulty \"extreme\": choose easy, medium or hard\n");
    CHECK(shell.feed("list --kind stat").find("choose sql, numeric (or stats) or case") != std::string::npos);

    const std::string tags = shell.feed("list --tags");
    CHECK(tags.find("window-function|2|2|0|0") != std::string::npos);
    CHECK(tags.find("Joins|1|1|0|0") != std::string::npos);
    CHECK(tags.find("3 tags") != std::string::npos);
}

TEST_CASE("a diff on hidden data: the shell says `submit --reveal`, which shows the rows") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "count-users", R"(["counting"])", 5, R"(, "hidden_datasets": ["tiny_hidden"])");
    dir.write("bank/datasets/tiny_hidden.sql", "CREATE TABLE users(id INTEGER); INSERT INTO users VALUES (1),(2),(3);");
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.render_options().mode = prepl::repl::TableMode::list;
    shell.open("count-users");
    shell.feed("SELECT 2 AS n;");  // right on the sample (2 users), wrong on the hidden data (3)
    const std::string hidden = shell.feed("submit");
    CHECK(hidden.find("`submit --reveal` shows them") != std::string::npos);
    CHECK(hidden.find("check --reveal") == std::string::npos);
    CHECK(hidden.find("Missing rows") == std::string::npos);
    const std::string revealed = shell.feed("submit --reveal");
    CHECK(revealed.find("Missing rows (in the expected result, not in yours): 1\nn\n3\n") != std::string::npos);
}

TEST_CASE("after an accepted answer the shell offers the first unsolved follow-up; `follow` opens it") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "count-users", R"(["counting"])", 5,
                                   R"(, "follow_ups": ["count-solved", "count-more"])");
    prepl::test::write_sql_problem(dir, "count-solved", R"(["counting"])");
    prepl::test::write_sql_problem(dir, "count-more", R"(["counting"])");
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.progress_marks = [] {
        std::map<std::string, std::string> marks = {{"count-solved", "solved"}};
        return std::optional(marks);
    };
    CHECK(shell.feed("follow").find("No follow-up offered") != std::string::npos);
    shell.open("count-users");
    shell.feed("SELECT 1 AS n;");
    CHECK(shell.feed("submit").find("Follow-up") == std::string::npos);  // rejected: nothing offered
    shell.feed("SELECT COUNT(*) AS n FROM users;");
    const std::string accepted = shell.feed("submit");
    CHECK(accepted.find("Follow-up: T count-more — `follow` opens it, `next` skips.") != std::string::npos);
    CHECK(shell.feed("follow").find("[count-more · sql") != std::string::npos);
    CHECK(shell.current()->id == "count-more");
}

TEST_CASE("a long prompt wraps at word boundaries to the terminal width") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "count-users", R"(["counting"])");
    auto bank = load(dir);
    Shell shell(bank, false);
    shell.render_options().max_width = 12;
    // The tiny bank's prompt is "How many users?": 15 columns, cut between words.
    const std::string out = shell.feed("open count-users");
    CHECK(out.find("\nHow many\nusers?\n") != std::string::npos);
    shell.render_options().max_width = 0;
    CHECK(shell.feed("show").find("\nHow many users?\n") != std::string::npos);
}
