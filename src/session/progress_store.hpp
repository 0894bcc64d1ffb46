#pragma once
// The progress store: one SQLite file (WAL) holding attempts, review state and mock interviews.
// The only writer of the user's files (ARCHITECTURE.md, "State"). Every write is one
// BEGIN IMMEDIATE transaction committed before the call returns, so what the user was told
// about is on disk; a second process waits on the busy timeout instead of failing.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "session/records.hpp"
#include "util/error.hpp"

struct sqlite3;

namespace prepl::session {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int k_store_schema_version = 3;
// How long a writer waits for another process's transaction before giving up, in ms.
inline constexpr int k_store_busy_timeout_ms = 5000;

// $XDG_DATA_HOME/prepl, else ~/.local/share/prepl; `data_dir` (--data-dir) overrides both.
std::filesystem::path data_dir(const std::optional<std::filesystem::path>& override_dir);
// data_dir(...)/progress.db
std::filesystem::path progress_db_path(const std::optional<std::filesystem::path>& override_dir);

class ProgressStore {
public:
    // Opens or creates `file` (and its folder) and migrates it to k_store_schema_version.
    // Fails with an Error naming the path and the fix when the file is unreadable, not a
    // database or from a newer prepl. Never deletes or rewrites the user's data to recover.
    static util::Result<ProgressStore> open(const std::filesystem::path& file);

    ProgressStore(ProgressStore&&) noexcept;
    ProgressStore& operator=(ProgressStore&&) noexcept;
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;
    ~ProgressStore();

    const std::filesystem::path& path() const { return m_path; }
    util::Result<int> schema_version() const;

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK when it fails). The writes below
    // open their own transaction unless one is already open on this store, so several can be
    // grouped into one atomic step.
    util::Status transaction(const std::function<util::Status()>& body);

    // Appends an attempt; returns its id once committed.
    util::Result<std::int64_t> add_attempt(const Attempt& attempt);
    // Every attempt, oldest first; or only those of one problem.
    util::Result<std::vector<Attempt>> attempts(
        const std::optional<std::string>& problem_id = std::nullopt) const;
    util::Result<std::int64_t> count_attempts(
        const std::optional<std::string>& problem_id = std::nullopt) const;
    // Deletes the attempts and review state of one problem, or everything (mocks too) when
    // `problem_id` is empty. Returns the number of attempts deleted.
    util::Result<std::int64_t> delete_progress(const std::optional<std::string>& problem_id);

    util::Result<std::optional<ReviewState>> review_state(const std::string& problem_id) const;
    util::Result<std::vector<ReviewState>> review_states() const;  // ordered by due_at
    util::Status put_review_state(const ReviewState& state);
    // The review log, oldest first (what fitting FSRS weights to this user needs).
    util::Status add_review_log(const ReviewLogEntry& entry);
    util::Result<std::vector<ReviewLogEntry>> review_log() const;

    // Inserts a mock (id 0) or updates it; returns its id.
    util::Result<std::int64_t> save_mock(const MockRecord& mock);
    util::Result<std::optional<MockRecord>> mock(std::int64_t id) const;
    util::Result<std::optional<MockRecord>> last_mock() const;        // the latest started
    util::Result<std::optional<MockRecord>> unfinished_mock() const;  // the latest not finished
    util::Result<std::vector<MockRecord>> mocks() const;
    util::Status save_mock_item(const MockItemRecord& item);  // insert or replace by position
    util::Result<std::vector<MockItemRecord>> mock_items(std::int64_t mock_id) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept;
    };
    ProgressStore(std::filesystem::path path, std::unique_ptr<sqlite3, Closer> db)
        : m_path(std::move(path)), m_db(std::move(db)) {}
    util::Status migrate();
    util::Status write(const std::function<util::Status()>& body);  // own transaction unless nested
    util::Error failure(const std::string& what) const;

    std::filesystem::path m_path;
    std::unique_ptr<sqlite3, Closer> m_db;
    bool m_in_transaction = false;
};

}  // namespace prepl::session
