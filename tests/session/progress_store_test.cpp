#include "session/progress_store.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <thread>

#include "support/temp_dir.hpp"

using prepl::session::Attempt;
using prepl::session::MockItemRecord;
using prepl::session::MockRecord;
using prepl::session::ProgressStore;
using prepl::session::ReviewState;
using prepl::test::TempDir;

namespace {

Attempt make_attempt(const std::string& id, std::int64_t at,
                     const std::string& status = "accepted") {
    Attempt a;
    a.problem_id = id;
    a.kind = "sql";
    a.started_at = at - 60'000;
    a.finished_at = at;
    a.status = status;
    a.score = status == "accepted" ? 1 : 0;
    a.answer = "SELECT 1;";
    return a;
}

std::string pragma_text(const std::filesystem::path& file, const char* pragma) {
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, pragma, -1, &stmt, nullptr);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

}  // namespace

TEST_CASE("a new store is created with its folder, migrated to the current version, in WAL mode") {
    TempDir dir;
    const auto file = dir.path() / "nested/prepl/progress.db";
    {
        auto store = ProgressStore::open(file);
        REQUIRE(store.has_value());
        CHECK(store->schema_version() == prepl::session::k_store_schema_version);
        CHECK(store->count_attempts() == 0);
    }
    CHECK(pragma_text(file, "PRAGMA journal_mode") == "wal");
    CHECK(pragma_text(file, "PRAGMA user_version") ==
          std::to_string(prepl::session::k_store_schema_version));
}

TEST_CASE("an empty existing file is migrated, and reopening keeps what was written") {
    TempDir dir;
    const auto file = dir.write("progress.db", "");
    std::int64_t id = 0;
    {
        auto store = ProgressStore::open(file);
        REQUIRE(store.has_value());
        auto added = store->add_attempt(make_attempt("p1", 1'000'000));
        REQUIRE(added.has_value());
        id = *added;
        ReviewState r;
        r.problem_id = "p1";
        r.interval_days = 6;
        r.reviews = 2;
        r.stability = 6.5;
        r.due_at = 42;
        REQUIRE(store->put_review_state(r).has_value());
    }
    auto store = ProgressStore::open(file);
    REQUIRE(store.has_value());
    auto all = store->attempts();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    CHECK(all->front().id == id);
    CHECK(all->front().problem_id == "p1");
    CHECK(all->front().duration_ms() == 60'000);
    CHECK_FALSE(all->front().seed.has_value());
    auto r = store->review_state("p1");
    REQUIRE(r.has_value());
    REQUIRE(r->has_value());
    CHECK((*r)->interval_days == 6);
    CHECK((*r)->stability == doctest::Approx(6.5));
    CHECK((*r)->reviews == 2);
    CHECK((*r)->due_at == 42);
}

TEST_CASE(
    "a file that is not a database is an error naming the path and the fix, and is left "
    "untouched") {
    TempDir dir;
    const std::string junk(8192, 'x');
    const auto file = dir.write("progress.db", junk);
    auto store = ProgressStore::open(file);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().message.find(file.string()) != std::string::npos);
    CHECK(store.error().message.find("move it aside") != std::string::npos);
    std::ifstream in(file, std::ios::binary);
    std::string after((std::istreambuf_iterator<char>(in)), {});
    CHECK(after == junk);
}

TEST_CASE("a store from a newer prepl is refused, not downgraded") {
    TempDir dir;
    const auto file = dir.path() / "progress.db";
    REQUIRE(ProgressStore::open(file).has_value());
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto store = ProgressStore::open(file);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().message.find("newer") != std::string::npos);
    CHECK(pragma_text(file, "PRAGMA user_version") == "99");
}

TEST_CASE("migration to version 3 moves syntax-error attempts of older stores from rejected to errored") {
    TempDir dir;
    const auto file = dir.path() / "progress.db";
    {
        // A version 1 store as earlier builds wrote it (the attempts table of migration v0 -> v1).
        sqlite3* db = nullptr;
        sqlite3_open(file.c_str(), &db);
        sqlite3_exec(db,
                     "CREATE TABLE attempts(id INTEGER PRIMARY KEY, problem_id TEXT NOT NULL, kind TEXT NOT NULL,"
                     " started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL, status TEXT NOT NULL,"
                     " score REAL NOT NULL, max_score REAL NOT NULL, hints_used INTEGER NOT NULL DEFAULT 0,"
                     " answer TEXT NOT NULL, seed INTEGER, mock_id INTEGER);"
                     "CREATE TABLE review_state(problem_id TEXT PRIMARY KEY, repetitions INTEGER NOT NULL,"
                     " interval_days INTEGER NOT NULL, ease REAL NOT NULL, due_at INTEGER NOT NULL,"
                     " last_quality INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
                     "CREATE TABLE mocks(id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, minutes INTEGER NOT NULL,"
                     " mix TEXT NOT NULL, seed INTEGER NOT NULL, state TEXT NOT NULL, finished_at INTEGER,"
                     " active_ms INTEGER NOT NULL DEFAULT 0, paused_ms INTEGER NOT NULL DEFAULT 0);"
                     "CREATE TABLE mock_items(mock_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                     " problem_id TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,"
                     " hints_used INTEGER NOT NULL, active_ms INTEGER NOT NULL, answer TEXT NOT NULL,"
                     " PRIMARY KEY(mock_id, position));"
                     "INSERT INTO attempts(problem_id, kind, started_at, finished_at, status, score, max_score, answer)"
                     " VALUES ('a', 'sql', 0, 1, 'rejected', 0, 1, 'SELEC * FROM t;'),"
                     "        ('b', 'sql', 0, 2, 'rejected', 0, 1, 'SELECT wrong FROM t;'),"
                     "        ('c', 'numeric', 0, 3, 'rejected', 0, 1, 'p = (('),"
                     "        ('d', 'sql', 0, 4, 'accepted', 1, 1, 'SELECT 1;');"
                     "PRAGMA user_version=1;",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto store = ProgressStore::open(file);
    REQUIRE(store.has_value());
    CHECK(store->schema_version() == 3);
    auto all = store->attempts();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 4);
    CHECK((*all)[0].status == "errored");   // the parser rejects it
    CHECK((*all)[1].status == "rejected");  // parses: a wrong column is graded as wrong
    CHECK((*all)[2].status == "rejected");  // not SQL: left alone
    CHECK((*all)[3].status == "accepted");
}

TEST_CASE("a folder that cannot be written is an error naming it") {
    if (::geteuid() == 0) return;  // root ignores permissions
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "locked");
    ::chmod((dir.path() / "locked").c_str(), 0500);
    auto store = ProgressStore::open(dir.path() / "locked/progress.db");
    ::chmod((dir.path() / "locked").c_str(), 0700);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().message.find((dir.path() / "locked").string()) != std::string::npos);
}

TEST_CASE("a failed transaction rolls back every write in it") {
    TempDir dir;
    auto store = ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());
    auto result = store->transaction([&]() -> prepl::util::Status {
        REQUIRE(store->add_attempt(make_attempt("p1", 1)).has_value());
        return prepl::util::fail(prepl::util::Error::bug("stop"));
    });
    CHECK_FALSE(result.has_value());
    CHECK(store->count_attempts() == 0);
}

TEST_CASE("two connections creating and writing one store at once on two threads lose no attempt") {
    TempDir dir;
    const auto file = dir.path() / "progress.db";  // created by whichever thread comes first
    constexpr int k_per_writer = 100;
    std::atomic<int> failures{0};
    auto writer = [&](const std::string& name) {
        auto store = ProgressStore::open(file);
        if (!store) {
            ++failures;
            return;
        }
        for (int i = 0; i < k_per_writer; ++i)
            if (!store->add_attempt(make_attempt(name + std::to_string(i), i))) ++failures;
    };
    std::thread a(writer, "a"), b(writer, "b");
    a.join();
    b.join();
    CHECK(failures == 0);
    auto store = ProgressStore::open(file);
    REQUIRE(store.has_value());
    CHECK(store->count_attempts() == 2 * k_per_writer);
}

TEST_CASE("attempts acknowledged by a process killed with SIGKILL are all in the store") {
    TempDir dir;
    const auto file = dir.path() / "progress.db";
    REQUIRE(ProgressStore::open(file).has_value());
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Child: record attempts forever, acknowledging each id only after it committed.
        ::close(pipe_fds[0]);
        auto store = ProgressStore::open(file);
        if (!store) ::_exit(2);
        for (int i = 0;; ++i) {
            auto id = store->add_attempt(make_attempt("crash", i));
            if (!id) ::_exit(3);
            const std::string line = std::to_string(*id) + "\n";
            if (::write(pipe_fds[1], line.data(), line.size()) < 0) ::_exit(4);
        }
    }
    ::close(pipe_fds[1]);
    std::set<std::int64_t> acknowledged;
    std::string pending;
    char buffer[256];
    while (acknowledged.size() < 50) {
        const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n <= 0) break;
        pending.append(buffer, static_cast<std::size_t>(n));
        for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos;
             pending.erase(0, nl + 1))
            acknowledged.insert(std::stoll(pending.substr(0, nl)));
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    // Ids the child wrote before it died may still sit in the pipe: they were acknowledged too.
    ssize_t n;
    while ((n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0) {
        pending.append(buffer, static_cast<std::size_t>(n));
        for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos;
             pending.erase(0, nl + 1))
            acknowledged.insert(std::stoll(pending.substr(0, nl)));
    }
    ::close(pipe_fds[0]);
    CHECK(WIFSIGNALED(status));
    REQUIRE(acknowledged.size() >= 50);

    auto store = ProgressStore::open(file);
    REQUIRE(store.has_value());
    auto all = store->attempts();
    REQUIRE(all.has_value());
    std::set<std::int64_t> stored;
    for (const auto& a : *all) stored.insert(a.id);
    for (auto id : acknowledged) CHECK(stored.count(id) == 1);
}

TEST_CASE("mocks and their items round-trip, and the unfinished one is found for resume") {
    TempDir dir;
    auto store = ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());
    MockRecord m;
    m.started_at = 100;
    m.minutes = 30;
    m.mix = "sql=2";
    m.seed = 7;
    m.state = "{}";
    auto id = store->save_mock(m);
    REQUIRE(id.has_value());
    m.id = *id;
    m.active_ms = 5000;
    REQUIRE(store->save_mock(m).has_value());
    auto open = store->unfinished_mock();
    REQUIRE(open.has_value());
    REQUIRE(open->has_value());
    CHECK((*open)->active_ms == 5000);
    MockItemRecord item;
    item.mock_id = m.id;
    item.position = 0;
    item.problem_id = "p1";
    item.status = "accepted";
    item.score = 0.75;
    REQUIRE(store->save_mock_item(item).has_value());
    m.finished_at = 200;
    REQUIRE(store->save_mock(m).has_value());
    CHECK_FALSE(store->unfinished_mock()->has_value());
    CHECK((*store->last_mock())->id == m.id);
    auto items = store->mock_items(m.id);
    REQUIRE(items->size() == 1);
    CHECK(items->front().score == doctest::Approx(0.75));
}

TEST_CASE("deleting one problem's progress keeps the others; deleting all empties the store") {
    TempDir dir;
    auto store = ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());
    for (int i = 0; i < 3; ++i) REQUIRE(store->add_attempt(make_attempt("p1", i)).has_value());
    REQUIRE(store->add_attempt(make_attempt("p2", 9)).has_value());
    CHECK(store->delete_progress(std::string("p1")) == 3);
    CHECK(store->count_attempts() == 1);
    CHECK(store->delete_progress(std::nullopt) == 1);
    CHECK(store->count_attempts() == 0);
}

TEST_CASE("a version-1 store with SM-2 review state migrates to FSRS state and keeps its due dates") {
    TempDir dir;
    const auto file = dir.path() / "progress.db";
    {
        // The v1 review table exactly as prepl 0.1 shipped it (persisted format), with two rows.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
        const char* v1 = R"sql(
CREATE TABLE attempts(id INTEGER PRIMARY KEY, problem_id TEXT NOT NULL, kind TEXT NOT NULL,
  started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL, status TEXT NOT NULL, score REAL NOT NULL,
  max_score REAL NOT NULL, hints_used INTEGER NOT NULL DEFAULT 0, answer TEXT NOT NULL, seed INTEGER,
  mock_id INTEGER);
CREATE INDEX attempts_by_problem ON attempts(problem_id, finished_at);
CREATE TABLE review_state(problem_id TEXT PRIMARY KEY, repetitions INTEGER NOT NULL,
  interval_days INTEGER NOT NULL, ease REAL NOT NULL, due_at INTEGER NOT NULL,
  last_quality INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX review_by_due ON review_state(due_at);
CREATE TABLE mocks(id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, minutes INTEGER NOT NULL,
  mix TEXT NOT NULL, seed INTEGER NOT NULL, state TEXT NOT NULL, finished_at INTEGER,
  active_ms INTEGER NOT NULL DEFAULT 0, paused_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE mock_items(mock_id INTEGER NOT NULL REFERENCES mocks(id), position INTEGER NOT NULL,
  problem_id TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,
  hints_used INTEGER NOT NULL, active_ms INTEGER NOT NULL, answer TEXT NOT NULL, PRIMARY KEY(mock_id, position));
INSERT INTO review_state VALUES ('well-known', 3, 17, 2.5, 1700000000000, 5, 1600000000000);
INSERT INTO review_state VALUES ('lapsed', 0, 1, 1.3, 1700000000001, 1, 1600000000001);
PRAGMA user_version = 1;
)sql";
        REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto store = ProgressStore::open(file);
    REQUIRE(store.has_value());
    CHECK(store->schema_version().value() == prepl::session::k_store_schema_version);
    auto well = store->review_state("well-known").value();
    REQUIRE(well.has_value());
    CHECK(well->stability == doctest::Approx(17));   // SM-2 interval near 90% recall = S
    CHECK(well->difficulty == doctest::Approx(5));   // ease 2.5: an average problem
    CHECK(well->due_at == 1700000000000);            // nothing is rescheduled by the migration
    CHECK(well->reviews == 3);
    CHECK(well->lapses == 0);
    CHECK(well->last_rating == 4);                   // SM-2 quality 5 -> easy
    auto lapsed = store->review_state("lapsed").value();
    REQUIRE(lapsed.has_value());
    CHECK(lapsed->difficulty == doctest::Approx(10));  // ease at SM-2's floor 1.3
    CHECK(lapsed->lapses == 1);
    CHECK(lapsed->last_rating == 1);
    CHECK(store->review_log().value().empty());
}

TEST_CASE("the review log keeps every review in order, and reset deletes it with the problem") {
    TempDir dir;
    auto store = ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());
    prepl::session::ReviewLogEntry e;
    e.problem_id = "p1";
    e.rating = 3;
    e.reviewed_at = 10;
    REQUIRE(store->add_review_log(e).has_value());
    e.reviewed_at = 20;
    e.rating = 1;
    e.attempt_id = 7;
    REQUIRE(store->add_review_log(e).has_value());
    e.problem_id = "p2";
    REQUIRE(store->add_review_log(e).has_value());
    auto log = store->review_log().value();
    REQUIRE(log.size() == 3);
    CHECK(log[0].rating == 3);
    CHECK_FALSE(log[0].attempt_id.has_value());
    CHECK(log[1].attempt_id == 7);
    REQUIRE(store->delete_progress(std::string("p1")).has_value());
    log = store->review_log().value();
    REQUIRE(log.size() == 1);
    CHECK(log[0].problem_id == "p2");
}
