#include "session/progress_store.hpp"

#include <chrono>
#include <thread>

#include <fmt/format.h>
#include <sqlite3.h>

#include "sql/statement_text.hpp"

#include <cstdlib>
#include <system_error>
#include <utility>
#include <variant>

namespace prepl::session {

// Pause between retries of a PRAGMA that found the fresh store locked, in ms.
constexpr int k_open_retry_ms = 10;
namespace {

namespace fs = std::filesystem;
using util::Error;
using util::Result;
using util::Status;

// The schema, one entry per version: migration i takes user_version i to i + 1 and runs in
// one transaction with the version bump. Append new migrations; never edit a shipped one.
// Do not change: persisted format. Times are ms since the Unix epoch, UTC.
const char* const k_migrations[] = {
    // v0 -> v1
    R"sql(
CREATE TABLE attempts(
  id          INTEGER PRIMARY KEY,
  problem_id  TEXT    NOT NULL,
  kind        TEXT    NOT NULL,          -- sql | numeric | case
  started_at  INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  status      TEXT    NOT NULL,          -- accepted | rejected | error
  score       REAL    NOT NULL,
  max_score   REAL    NOT NULL,
  hints_used  INTEGER NOT NULL DEFAULT 0,
  answer      TEXT    NOT NULL,
  seed        INTEGER,                   -- NULL unless the problem had seeded parameters
  mock_id     INTEGER                    -- NULL unless answered in a mock (mocks.id)
);
CREATE INDEX attempts_by_problem ON attempts(problem_id, finished_at);
CREATE TABLE review_state(
  problem_id    TEXT PRIMARY KEY,
  repetitions   INTEGER NOT NULL,        -- SM-2 n
  interval_days INTEGER NOT NULL,        -- SM-2 I(n)
  ease          REAL    NOT NULL,        -- SM-2 E-Factor
  due_at        INTEGER NOT NULL,
  last_quality  INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX review_by_due ON review_state(due_at);
CREATE TABLE mocks(
  id          INTEGER PRIMARY KEY,
  started_at  INTEGER NOT NULL,
  minutes     INTEGER NOT NULL,
  mix         TEXT    NOT NULL,
  seed        INTEGER NOT NULL,
  state       TEXT    NOT NULL,          -- JSON of MockSession, enough to resume
  finished_at INTEGER,                   -- NULL while running or paused
  active_ms   INTEGER NOT NULL DEFAULT 0,
  paused_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mock_items(
  mock_id     INTEGER NOT NULL REFERENCES mocks(id),
  position    INTEGER NOT NULL,
  problem_id  TEXT    NOT NULL,
  status      TEXT    NOT NULL,          -- accepted | rejected | error | unanswered
  score       REAL    NOT NULL,
  max_score   REAL    NOT NULL,
  hints_used  INTEGER NOT NULL,
  active_ms   INTEGER NOT NULL,
  answer      TEXT    NOT NULL,
  PRIMARY KEY(mock_id, position)
);
)sql",
    // v1 -> v2: SM-2 review state becomes FSRS memory state, and every review is logged.
    // S from the SM-2 interval (SM-2 schedules near 90% recall, where an FSRS interval equals S);
    // D from the ease, linear from 2.5 (an average card, D 5) down to SM-2's floor 1.3 (D 10).
    R"sql(
CREATE TABLE review_state_fsrs(
  problem_id    TEXT PRIMARY KEY,
  stability     REAL    NOT NULL,        -- FSRS S in days (0: not reviewed yet)
  difficulty    REAL    NOT NULL,        -- FSRS D, 1..10
  reviews       INTEGER NOT NULL,
  lapses        INTEGER NOT NULL,
  interval_days INTEGER NOT NULL,
  due_at        INTEGER NOT NULL,
  last_rating   INTEGER NOT NULL,        -- 1 again, 2 hard, 3 good, 4 easy
  updated_at    INTEGER NOT NULL
);
INSERT INTO review_state_fsrs
  SELECT problem_id, MAX(interval_days, 1), MIN(10.0, MAX(1.0, 5.0 + (2.5 - ease) * 5.0 / 1.2)),
         repetitions, CASE WHEN last_quality < 3 THEN 1 ELSE 0 END, interval_days, due_at,
         CASE WHEN last_quality < 3 THEN 1 WHEN last_quality = 3 THEN 2 WHEN last_quality = 4 THEN 3 ELSE 4 END,
         updated_at
  FROM review_state;
DROP TABLE review_state;
ALTER TABLE review_state_fsrs RENAME TO review_state;
CREATE INDEX review_by_due ON review_state(due_at);
CREATE TABLE review_log(
  id            INTEGER PRIMARY KEY,
  problem_id    TEXT    NOT NULL,
  reviewed_at   INTEGER NOT NULL,
  rating        INTEGER NOT NULL,        -- 1 again, 2 hard, 3 good, 4 easy
  elapsed_days  REAL    NOT NULL,        -- since the previous review, 0 for the first
  stability     REAL    NOT NULL,        -- after this review
  difficulty    REAL    NOT NULL,
  interval_days INTEGER NOT NULL,
  attempt_id    INTEGER                  -- attempts.id that produced it
);
CREATE INDEX review_log_by_problem ON review_log(problem_id, reviewed_at);
)sql",
    // v2 -> v3: status `errored` for answers whose SQL did not parse (a typo is not a wrong
    // answer, issue 14). Earlier builds stored them as rejected; the parser finds them again.
    // (Review state they fed is left as it is: scheduling is the review scheduler's to migrate.)
    R"sql(
UPDATE attempts SET status = 'errored'
 WHERE kind = 'sql' AND status = 'rejected' AND prepl_has_syntax_error(answer);
)sql",
};

// prepl_has_syntax_error(text): 1 when SQLite's parser rejects `text` (migration v2 -> v3).
void has_syntax_error_function(sqlite3_context* context, int, sqlite3_value** argv) {
    const unsigned char* text = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int(context, text && sql::has_syntax_error(std::string_view(reinterpret_cast<const char*>(text),
                                                                                static_cast<std::size_t>(bytes))));
}
static_assert(std::size(k_migrations) == k_store_schema_version);

struct StatementFinalizer {
    void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
};

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// A prepared statement with its parameters bound; finalized on destruction.
class Query {
public:
    Query(sqlite3* db, const char* sql, const std::vector<Value>& params) : m_db(db) {
        sqlite3_stmt* stmt = nullptr;
        m_rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        m_stmt.reset(stmt);
        int index = 1;
        for (const Value& v : params) {
            if (m_rc != SQLITE_OK) break;
            if (std::holds_alternative<std::monostate>(v))
                m_rc = sqlite3_bind_null(stmt, index);
            else if (auto* i = std::get_if<std::int64_t>(&v))
                m_rc = sqlite3_bind_int64(stmt, index, *i);
            else if (auto* d = std::get_if<double>(&v))
                m_rc = sqlite3_bind_double(stmt, index, *d);
            else {
                const auto& s = std::get<std::string>(v);
                m_rc = sqlite3_bind_text(stmt, index, s.data(), static_cast<int>(s.size()),
                                         SQLITE_TRANSIENT);
            }
            ++index;
        }
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE) return m_rc;
        return m_rc = sqlite3_step(m_stmt.get());
    }
    std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt.get(), col); }
    double real(int col) const { return sqlite3_column_double(m_stmt.get(), col); }
    bool is_null(int col) const { return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL; }
    std::optional<std::int64_t> optional_integer(int col) const {
        return is_null(col) ? std::nullopt : std::optional<std::int64_t>(integer(col));
    }
    std::string text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), col)))
                 : std::string();
    }

private:
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, StatementFinalizer> m_stmt;
    int m_rc = SQLITE_OK;
};

std::vector<Value> only(const std::optional<std::string>& v) {
    return v ? std::vector<Value>{*v} : std::vector<Value>{};
}

Value optional_value(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Value(); }

std::string fix_for(int code, const fs::path& path) {
    switch (code & 0xff) {
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return fmt::format(
                "The file is damaged or is not a prepl progress store. Nothing was changed: move "
                "it aside "
                "(mv '{0}' '{0}.broken') to start a fresh store, or use --data-dir DIR for another "
                "one.",
                path.string());
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_READONLY:
        case SQLITE_AUTH:
            return fmt::format(
                "Check that you can read and write '{}' and its folder (ls -ld), or use --data-dir "
                "DIR.",
                path.parent_path().string());
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "Another prepl process held the store for over 5 s; close it and try again.";
        case SQLITE_FULL:
        case SQLITE_IOERR:
            return "The disk may be full or failing; free space and try again.";
        default:
            return "";
    }
}

Attempt read_attempt(const Query& q) {
    Attempt a;
    a.id = q.integer(0);
    a.problem_id = q.text(1);
    a.kind = q.text(2);
    a.started_at = q.integer(3);
    a.finished_at = q.integer(4);
    a.status = q.text(5);
    a.score = q.real(6);
    a.max_score = q.real(7);
    a.hints_used = static_cast<int>(q.integer(8));
    a.answer = q.text(9);
    a.seed = q.optional_integer(10);
    a.mock_id = q.optional_integer(11);
    return a;
}
constexpr const char* k_attempt_columns =
    "id, problem_id, kind, started_at, finished_at, status, score, max_score, hints_used, answer, "
    "seed, mock_id";

ReviewState read_review(const Query& q) {
    ReviewState r;
    r.problem_id = q.text(0);
    r.stability = q.real(1);
    r.difficulty = q.real(2);
    r.reviews = static_cast<int>(q.integer(3));
    r.lapses = static_cast<int>(q.integer(4));
    r.interval_days = static_cast<int>(q.integer(5));
    r.due_at = q.integer(6);
    r.last_rating = static_cast<int>(q.integer(7));
    r.updated_at = q.integer(8);
    return r;
}
constexpr const char* k_review_columns =
    "problem_id, stability, difficulty, reviews, lapses, interval_days, due_at, last_rating, updated_at";

MockRecord read_mock(const Query& q) {
    MockRecord m;
    m.id = q.integer(0);
    m.started_at = q.integer(1);
    m.minutes = static_cast<int>(q.integer(2));
    m.mix = q.text(3);
    m.seed = q.integer(4);
    m.state = q.text(5);
    m.finished_at = q.optional_integer(6);
    m.active_ms = q.integer(7);
    m.paused_ms = q.integer(8);
    return m;
}
constexpr const char* k_mock_columns =
    "id, started_at, minutes, mix, seed, state, finished_at, active_ms, paused_ms";

}  // namespace

void ProgressStore::Closer::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }

ProgressStore::ProgressStore(ProgressStore&&) noexcept = default;
ProgressStore& ProgressStore::operator=(ProgressStore&&) noexcept = default;
ProgressStore::~ProgressStore() = default;

fs::path data_dir(const std::optional<fs::path>& override_dir) {
    if (override_dir) return *override_dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "prepl";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local/share/prepl";
    return fs::path(".prepl");
}

fs::path progress_db_path(const std::optional<fs::path>& override_dir) {
    return data_dir(override_dir) / "progress.db";
}

Error ProgressStore::failure(const std::string& what) const {
    const int code = sqlite3_extended_errcode(m_db.get());
    std::string msg =
        fmt::format("progress store {}: {}: {}", m_path.string(), what, sqlite3_errmsg(m_db.get()));
    if (auto fix = fix_for(code, m_path); !fix.empty()) msg += ". " + fix;
    return Error::io_failure(std::move(msg));
}

Result<ProgressStore> ProgressStore::open(const fs::path& file) {
    std::error_code ec;
    if (!file.parent_path().empty()) fs::create_directories(file.parent_path(), ec);
    if (ec)
        return util::fail(
            Error::io_failure(fmt::format("cannot create the folder for the progress store {}: {}. "
                                          "Check its permissions or use --data-dir DIR.",
                                          file.parent_path().string(), ec.message())));
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(file.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    ProgressStore store(file, std::unique_ptr<sqlite3, Closer>(raw));
    if (rc != SQLITE_OK) {
        if (!raw)
            return util::fail(Error::io_failure("cannot open progress store " + file.string() +
                                                ": out of memory"));
        return util::fail(store.failure("cannot open"));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, k_store_busy_timeout_ms);
    // WAL: readers never block the writer, and a commit is one append to the log.
    // synchronous=FULL: the WAL is fsynced at every commit, so an attempt we reported survives
    // not only kill -9 (NORMAL would do for that: the WAL already sits in the OS page cache)
    // but also a power cut. It costs one fsync per submitted answer, which a person typing
    // answers never notices.
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        // Switching a fresh file to WAL needs an exclusive lock and SQLite returns SQLITE_BUSY
        // at once, without the busy handler, when another connection is opening it too (seen
        // in the two-writers test): retry within the busy timeout. WAL is then set for both.
        int step = SQLITE_BUSY;
        for (int waited_ms = 0; ; waited_ms += k_open_retry_ms) {
            Query q(raw, pragma, {});
            step = q.step();
            if ((step & 0xFF) != SQLITE_BUSY || waited_ms >= k_store_busy_timeout_ms) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(k_open_retry_ms));
        }
        if (step != SQLITE_ROW && step != SQLITE_DONE)
            return util::fail(store.failure(std::string("cannot run ") + pragma));
    }
    if (auto migrated = store.migrate(); !migrated) return util::fail(migrated.error());
    return store;
}

Result<int> ProgressStore::schema_version() const {
    Query q(m_db.get(), "PRAGMA user_version", {});
    if (q.step() != SQLITE_ROW) return util::fail(failure("cannot read the schema version"));
    return static_cast<int>(q.integer(0));
}

Status ProgressStore::migrate() {
    auto version = schema_version();
    if (!version) return util::fail(version.error());
    if (*version == k_store_schema_version) return {};
    auto newer = [&](int v) {
        return Error::invalid(
            fmt::format("progress store {} has schema version {}, newer than this prepl knows "
                        "({}). Upgrade prepl; "
                        "the file was left as it is.",
                        m_path.string(), v, k_store_schema_version));
    };
    if (*version > k_store_schema_version) return util::fail(newer(*version));
    // Two processes may open a fresh store at once: the version is read again under the
    // write lock, so each migration runs exactly once.
    return transaction([&]() -> Status {
        auto current = schema_version();
        if (!current) return util::fail(current.error());
        if (*current > k_store_schema_version) return util::fail(newer(*current));
        if (sqlite3_create_function_v2(m_db.get(), "prepl_has_syntax_error", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                       nullptr, has_syntax_error_function, nullptr, nullptr, nullptr) != SQLITE_OK)
            return util::fail(failure("cannot register the migration's SQL function"));
        for (int v = *current; v < k_store_schema_version; ++v) {
            char* message = nullptr;
            if (sqlite3_exec(m_db.get(), k_migrations[v], nullptr, nullptr, &message) !=
                SQLITE_OK) {
                Error e = failure(fmt::format("migration to schema version {} failed", v + 1));
                sqlite3_free(message);
                return util::fail(e);
            }
        }
        const std::string bump = fmt::format("PRAGMA user_version={}", k_store_schema_version);
        if (sqlite3_exec(m_db.get(), bump.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return util::fail(failure("cannot set the schema version"));
        return {};
    });
}

Status ProgressStore::transaction(const std::function<Status()>& body) {
    if (m_in_transaction) return body();
    // IMMEDIATE takes the write lock up front, so a second process waits on busy_timeout here
    // rather than failing later with SQLITE_BUSY in the middle of the transaction.
    if (sqlite3_exec(m_db.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return util::fail(failure("cannot start a transaction"));
    m_in_transaction = true;
    Status result = body();
    m_in_transaction = false;
    if (!result) {
        sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        return result;
    }
    if (sqlite3_exec(m_db.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = failure("cannot commit");
        sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        return util::fail(e);
    }
    return {};
}

Status ProgressStore::write(const std::function<Status()>& body) { return transaction(body); }

Result<std::int64_t> ProgressStore::add_attempt(const Attempt& a) {
    std::int64_t id = 0;
    auto done = write([&]() -> Status {
        Query q(m_db.get(),
                "INSERT INTO attempts(problem_id, kind, started_at, finished_at, status, score, "
                "max_score, "
                "hints_used, answer, seed, mock_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                {a.problem_id, a.kind, a.started_at, a.finished_at, a.status, a.score, a.max_score,
                 std::int64_t{a.hints_used}, a.answer, optional_value(a.seed),
                 optional_value(a.mock_id)});
        if (q.step() != SQLITE_DONE) return util::fail(failure("cannot record the attempt"));
        id = sqlite3_last_insert_rowid(m_db.get());
        return {};
    });
    if (!done) return util::fail(done.error());
    return id;
}

Result<std::vector<Attempt>> ProgressStore::attempts(
    const std::optional<std::string>& problem_id) const {
    const std::string sql =
        fmt::format("SELECT {} FROM attempts {} ORDER BY finished_at, id", k_attempt_columns,
                    problem_id ? "WHERE problem_id = ?" : "");
    Query q(m_db.get(), sql.c_str(), only(problem_id));
    std::vector<Attempt> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) out.push_back(read_attempt(q));
    if (rc != SQLITE_DONE) return util::fail(failure("cannot read attempts"));
    return out;
}

Result<std::int64_t> ProgressStore::count_attempts(
    const std::optional<std::string>& problem_id) const {
    Query q(m_db.get(),
            problem_id ? "SELECT COUNT(*) FROM attempts WHERE problem_id = ?"
                       : "SELECT COUNT(*) FROM attempts",
            only(problem_id));
    if (q.step() != SQLITE_ROW) return util::fail(failure("cannot count attempts"));
    return q.integer(0);
}

Result<std::int64_t> ProgressStore::delete_progress(const std::optional<std::string>& problem_id) {
    std::int64_t deleted = 0;
    auto done = write([&]() -> Status {
        auto exec = [&](const char* sql) -> Status {
            Query q(m_db.get(), sql, only(problem_id));
            if (q.step() != SQLITE_DONE) return util::fail(failure("cannot delete progress"));
            return {};
        };
        if (problem_id) {
            if (auto s = exec("DELETE FROM attempts WHERE problem_id = ?"); !s) return s;
            deleted = sqlite3_changes64(m_db.get());
            if (auto s = exec("DELETE FROM review_log WHERE problem_id = ?"); !s) return s;
            return exec("DELETE FROM review_state WHERE problem_id = ?");
        }
        if (auto s = exec("DELETE FROM attempts"); !s) return s;
        deleted = sqlite3_changes64(m_db.get());
        for (const char* sql :
             {"DELETE FROM review_state", "DELETE FROM review_log", "DELETE FROM mock_items", "DELETE FROM mocks"})
            if (auto s = exec(sql); !s) return s;
        return {};
    });
    if (!done) return util::fail(done.error());
    return deleted;
}

Result<std::optional<ReviewState>> ProgressStore::review_state(
    const std::string& problem_id) const {
    const std::string sql =
        fmt::format("SELECT {} FROM review_state WHERE problem_id = ?", k_review_columns);
    Query q(m_db.get(), sql.c_str(), {problem_id});
    const int rc = q.step();
    if (rc == SQLITE_ROW) return std::optional<ReviewState>(read_review(q));
    if (rc != SQLITE_DONE) return util::fail(failure("cannot read the review state"));
    return std::optional<ReviewState>();
}

Result<std::vector<ReviewState>> ProgressStore::review_states() const {
    const std::string sql =
        fmt::format("SELECT {} FROM review_state ORDER BY due_at, problem_id", k_review_columns);
    Query q(m_db.get(), sql.c_str(), {});
    std::vector<ReviewState> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) out.push_back(read_review(q));
    if (rc != SQLITE_DONE) return util::fail(failure("cannot read the review state"));
    return out;
}

Status ProgressStore::put_review_state(const ReviewState& r) {
    return write([&]() -> Status {
        Query q(m_db.get(),
                "INSERT OR REPLACE INTO review_state(problem_id, stability, difficulty, reviews, lapses, "
                "interval_days, due_at, last_rating, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                {r.problem_id, r.stability, r.difficulty, std::int64_t{r.reviews}, std::int64_t{r.lapses},
                 std::int64_t{r.interval_days}, r.due_at, std::int64_t{r.last_rating}, r.updated_at});
        if (q.step() != SQLITE_DONE) return util::fail(failure("cannot save the review state"));
        return {};
    });
}

Status ProgressStore::add_review_log(const ReviewLogEntry& e) {
    return write([&]() -> Status {
        Query q(m_db.get(),
                "INSERT INTO review_log(problem_id, reviewed_at, rating, elapsed_days, stability, "
                "difficulty, interval_days, attempt_id) VALUES (?,?,?,?,?,?,?,?)",
                {e.problem_id, e.reviewed_at, std::int64_t{e.rating}, e.elapsed_days, e.stability,
                 e.difficulty, std::int64_t{e.interval_days},
                 e.attempt_id ? Value{*e.attempt_id} : Value{}});
        if (q.step() != SQLITE_DONE) return util::fail(failure("cannot save the review log"));
        return {};
    });
}

Result<std::vector<ReviewLogEntry>> ProgressStore::review_log() const {
    Query q(m_db.get(),
            "SELECT problem_id, reviewed_at, rating, elapsed_days, stability, difficulty, interval_days, "
            "attempt_id FROM review_log ORDER BY reviewed_at, id",
            {});
    std::vector<ReviewLogEntry> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        ReviewLogEntry e;
        e.problem_id = q.text(0);
        e.reviewed_at = q.integer(1);
        e.rating = static_cast<int>(q.integer(2));
        e.elapsed_days = q.real(3);
        e.stability = q.real(4);
        e.difficulty = q.real(5);
        e.interval_days = static_cast<int>(q.integer(6));
        e.attempt_id = q.optional_integer(7);
        out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return util::fail(failure("cannot read the review log"));
    return out;
}

Result<std::int64_t> ProgressStore::save_mock(const MockRecord& m) {
    std::int64_t id = m.id;
    auto done = write([&]() -> Status {
        const Value finished = m.finished_at ? Value(*m.finished_at) : Value();
        if (id == 0) {
            Query q(m_db.get(),
                    "INSERT INTO mocks(started_at, minutes, mix, seed, state, finished_at, "
                    "active_ms, paused_ms) "
                    "VALUES (?,?,?,?,?,?,?,?)",
                    {m.started_at, std::int64_t{m.minutes}, m.mix, m.seed, m.state, finished,
                     m.active_ms, m.paused_ms});
            if (q.step() != SQLITE_DONE)
                return util::fail(failure("cannot save the mock interview"));
            id = sqlite3_last_insert_rowid(m_db.get());
            return {};
        }
        Query q(m_db.get(),
                "UPDATE mocks SET started_at=?, minutes=?, mix=?, seed=?, state=?, finished_at=?, "
                "active_ms=?, "
                "paused_ms=? WHERE id=?",
                {m.started_at, std::int64_t{m.minutes}, m.mix, m.seed, m.state, finished,
                 m.active_ms, m.paused_ms, id});
        if (q.step() != SQLITE_DONE) return util::fail(failure("cannot save the mock interview"));
        return {};
    });
    if (!done) return util::fail(done.error());
    return id;
}

namespace {
Result<std::vector<MockRecord>> select_mocks(sqlite3* db, const std::string& where,
                                             const std::vector<Value>& params, std::string& error) {
    const std::string sql = fmt::format("SELECT {} FROM mocks {}", k_mock_columns, where);
    Query q(db, sql.c_str(), params);
    std::vector<MockRecord> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) out.push_back(read_mock(q));
    if (rc != SQLITE_DONE) error = "cannot read mock interviews";
    return out;
}
}  // namespace

Result<std::optional<MockRecord>> ProgressStore::mock(std::int64_t id) const {
    std::string error;
    auto rows = select_mocks(m_db.get(), "WHERE id = ?", {id}, error);
    if (!error.empty()) return util::fail(failure(error));
    return rows->empty() ? std::nullopt : std::optional<MockRecord>(rows->front());
}

Result<std::optional<MockRecord>> ProgressStore::last_mock() const {
    std::string error;
    auto rows = select_mocks(m_db.get(), "ORDER BY started_at DESC, id DESC LIMIT 1", {}, error);
    if (!error.empty()) return util::fail(failure(error));
    return rows->empty() ? std::nullopt : std::optional<MockRecord>(rows->front());
}

Result<std::optional<MockRecord>> ProgressStore::unfinished_mock() const {
    std::string error;
    auto rows = select_mocks(m_db.get(),
                             "WHERE finished_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1",
                             {}, error);
    if (!error.empty()) return util::fail(failure(error));
    return rows->empty() ? std::nullopt : std::optional<MockRecord>(rows->front());
}

Result<std::vector<MockRecord>> ProgressStore::mocks() const {
    std::string error;
    auto rows = select_mocks(m_db.get(), "ORDER BY started_at, id", {}, error);
    if (!error.empty()) return util::fail(failure(error));
    return rows;
}

Status ProgressStore::save_mock_item(const MockItemRecord& item) {
    return write([&]() -> Status {
        Query q(
            m_db.get(),
            "INSERT OR REPLACE INTO mock_items(mock_id, position, problem_id, status, score, "
            "max_score, "
            "hints_used, active_ms, answer) VALUES (?,?,?,?,?,?,?,?,?)",
            {item.mock_id, std::int64_t{item.position}, item.problem_id, item.status, item.score,
             item.max_score, std::int64_t{item.hints_used}, item.active_ms, item.answer});
        if (q.step() != SQLITE_DONE) return util::fail(failure("cannot save a mock question"));
        return {};
    });
}

Result<std::vector<MockItemRecord>> ProgressStore::mock_items(std::int64_t mock_id) const {
    Query q(m_db.get(),
            "SELECT mock_id, position, problem_id, status, score, max_score, hints_used, "
            "active_ms, answer "
            "FROM mock_items WHERE mock_id = ? ORDER BY position",
            {mock_id});
    std::vector<MockItemRecord> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        MockItemRecord r;
        r.mock_id = q.integer(0);
        r.position = static_cast<int>(q.integer(1));
        r.problem_id = q.text(2);
        r.status = q.text(3);
        r.score = q.real(4);
        r.max_score = q.real(5);
        r.hints_used = static_cast<int>(q.integer(6));
        r.active_ms = q.integer(7);
        r.answer = q.text(8);
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return util::fail(failure("cannot read mock questions"));
    return out;
}

}  // namespace prepl::session
