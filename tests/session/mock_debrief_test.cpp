#include "session/mock_debrief.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "session/mock_picker.hpp"
#include "support/tiny_bank.hpp"

using namespace prepl::session;
using prepl::test::TempDir;

TEST_CASE("mix parsing: stats means numeric, counts are checked") {
    auto mix = parse_mix("sql=2, stats=2,case=1");
    REQUIRE(mix.has_value());
    CHECK(to_string(*mix) == "sql=2,numeric=2,case=1");
    CHECK_FALSE(parse_mix("sql=two").has_value());
    CHECK_FALSE(parse_mix("python=1").has_value());
    CHECK_FALSE(parse_mix("").has_value());
}

TEST_CASE("the picker prefers unseen, then weak problems, and is deterministic for a seed") {
    TempDir dir;
    for (const char* id : {"a", "b", "c", "d", "e"})
        prepl::test::write_sql_problem(dir, id, R"(["window"])");
    prepl::test::write_sql_problem(dir, "f", R"(["join"])");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE(bank->problems().size() == 6);
    std::vector<Attempt> history;
    auto attempt = [&](const std::string& id, const std::string& status) {
        Attempt a;
        a.problem_id = id;
        a.status = status;
        history.push_back(a);
    };
    for (const char* id : {"a", "b", "c", "d", "f"}) attempt(id, "accepted");
    attempt("c", "rejected");  // weak: last attempt rejected

    MockRequest request;
    request.mix = {{"sql", 2}, {"numeric", 1}};
    request.seed = 42;
    const MockPick pick = pick_mock_problems(*bank, history, request);
    REQUIRE(pick.problem_ids.size() == 2);
    CHECK(pick.problem_ids[0] == "e");  // the only unseen one
    CHECK(pick.problem_ids[1] == "c");  // the only weak one
    REQUIRE(pick.notes.size() == 1);
    CHECK(pick.notes[0].find("only 0 of 1 numeric") != std::string::npos);

    request.mix = {{"sql", 3}};
    const auto first = pick_mock_problems(*bank, {}, request);
    CHECK(first.problem_ids == pick_mock_problems(*bank, {}, request).problem_ids);
    bool differs = false;
    for (std::uint64_t seed = 1; seed < 20 && !differs; ++seed) {
        request.seed = seed;
        differs = pick_mock_problems(*bank, {}, request).problem_ids != first.problem_ids;
    }
    CHECK(differs);

    request.tag = "join";
    CHECK(pick_mock_problems(*bank, {}, request).problem_ids == std::vector<std::string>{"f"});
}

TEST_CASE("the picker fits questions into the minutes, says so when none fits, and adds follow-ups when time remains") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "long-a", R"(["x"])", 12);
    prepl::test::write_sql_problem(dir, "long-b", R"(["x"])", 8);
    prepl::test::write_sql_problem(dir, "short", R"(["x"])", 3, R"(, "follow_ups": ["short-follow"])");
    prepl::test::write_sql_problem(dir, "short-follow", R"(["x"])", 2);
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    MockRequest request;
    request.mix = {{"sql", 1}};
    request.minutes = 3;
    for (std::uint64_t seed = 0; seed < 8; ++seed) {  // whatever the seed ranks first
        request.seed = seed;
        const auto pick = pick_mock_problems(*bank, {}, request);
        REQUIRE(pick.problem_ids.size() == 1);  // 3 and 2 min fit; 8 and 12 do not
        CHECK(*bank->find(pick.problem_ids[0])->target_minutes <= 3);
        CHECK(pick.notes.empty());
    }
    // Two questions in 20 minutes: a fair share is 10, so at most one long question; the
    // follow-up of `short` (2 min) comes right after it when the picks leave time.
    request.mix = {{"sql", 2}};
    request.minutes = 20;
    for (std::uint64_t seed = 0; seed < 8; ++seed) {
        request.seed = seed;
        const auto pick = pick_mock_problems(*bank, {}, request);
        double total = 0;
        for (const auto& id : pick.problem_ids) total += *bank->find(id)->target_minutes;
        CHECK(total <= 20);
        const auto at = std::find(pick.problem_ids.begin(), pick.problem_ids.end(), "short");
        if (at != pick.problem_ids.end() && total + 2 <= 20 && std::next(at) != pick.problem_ids.end())
            CHECK(*std::next(at) == "short-follow");
    }
    request.mix = {{"sql", 1}};
    request.minutes = 1;
    const auto none = pick_mock_problems(*bank, {}, request);
    REQUIRE(none.problem_ids.size() == 1);
    CHECK(none.problem_ids[0] == "short-follow");  // the shortest, 2 min
    REQUIRE(none.notes.size() == 1);
    CHECK(none.notes[0] == "no sql question fits the 1 minute left; short-follow has a target of 2 minutes");
    // Time for the follow-up: 3 + 2 in 5 minutes.
    request.minutes = 5;
    request.tag = "x";
    bool followed = false;
    for (std::uint64_t seed = 0; seed < 16 && !followed; ++seed) {
        request.seed = seed;
        const auto pick = pick_mock_problems(*bank, {}, request);
        followed = pick.problem_ids == std::vector<std::string>{"short", "short-follow"};
    }
    CHECK(followed);
}

TEST_CASE("a finished mock is saved with its items and the debrief totals them") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "a", R"(["window"])", 5);
    prepl::test::write_sql_problem(dir, "b", R"(["join", "window"])", 5);
    prepl::test::write_sql_problem(dir, "c", R"(["join"])", 5);
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    auto store = ProgressStore::open(dir.path() / "data/progress.db");
    REQUIRE(store.has_value());

    FakeClock clock(1'000'000);
    std::vector<MockQuestion> qs;
    for (const char* id : {"a", "b", "c"}) qs.push_back(MockQuestion{id, 5.0});
    MockSession session(qs, 20, true, clock);
    auto grader = [](const std::string&, const std::string& answer) {
        return answer == "right" ? MockGrade{"accepted", 1, 1, ""}
                                 : MockGrade{"rejected", 0, 1, ""};
    };
    MockRecord record;
    record.started_at = clock.now();
    record.minutes = 20;
    record.mix = "sql=3";
    REQUIRE(save_mock_progress(*store, record, session, clock.now()).has_value());
    CHECK(record.id > 0);
    CHECK((*store->unfinished_mock())->id == record.id);

    session.set_answer("right");
    clock.advance(4 * k_ms_per_minute);
    session.submit(grader);  // a: 1.0 in 4 min
    REQUIRE(session.use_hint().has_value());
    session.set_answer("right");
    clock.advance(7 * k_ms_per_minute);
    session.submit(grader);  // b: 0.75 with a hint, 7 min (over target)
    session.set_answer("wrong");
    clock.advance(k_ms_per_minute);
    session.submit(grader);  // c: 0
    REQUIRE(session.finished());
    REQUIRE(save_mock_progress(*store, record, session, clock.now()).has_value());
    CHECK_FALSE(store->unfinished_mock()->has_value());

    auto saved = store->last_mock();
    REQUIRE(saved->has_value());
    auto items = store->mock_items(record.id);
    REQUIRE(items->size() == 3);
    const MockDebrief d = build_debrief(**saved, *items, *bank);
    CHECK(d.finished);
    CHECK(d.total == doctest::Approx(1.75));
    CHECK(d.possible == 3);
    CHECK(d.active_minutes == doctest::Approx(12));
    CHECK(d.items[1].hints_used == 1);
    CHECK(d.items[1].minutes_taken == doctest::Approx(7));
    CHECK(d.items[1].explanation == "Count the rows.");
    // join: (0.75 + 0) / 2 = 0.375; window: (1 + 0.75) / 2 = 0.875
    CHECK(d.weakest_tags == std::vector<std::string>{"join", "window"});
    const std::string text = render_debrief(d, "text");
    CHECK(text.find("Score: 1.75 / 3") != std::string::npos);
    CHECK(text.find("7.0 min (target 5, over)") != std::string::npos);
    CHECK(render_debrief(d, "markdown").find("| 2 | b | accepted | 0.75/1 |") != std::string::npos);
    CHECK(render_debrief(d, "json").find("\"total\": 1.75") != std::string::npos);
}
