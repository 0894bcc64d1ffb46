#pragma once
// State shared between a Sandbox and its SQLite callbacks (progress handler, authorizer).
// Internal to src/sql/.
#include <chrono>
#include <string>

namespace prepl::sql {

namespace detail {

// State the SQLite callbacks of one Sandbox read and write. Callbacks never throw.
struct SandboxGuard {
    std::chrono::steady_clock::time_point deadline{};
    bool bounded = false;  // enforce the deadline and the interrupt flag
    bool trusted = false;  // our own statements: the authorizer lets everything through
    bool timed_out = false;
    bool interrupted = false;
    std::string keyword;  // first keyword of the statement being prepared (VACUUM vs ATTACH)
    std::string denial;   // first reason the authorizer gave while preparing the current statement

    static int on_progress(void* self) noexcept;
    static int on_authorize(void* self, int action, const char* arg1, const char* arg2,
                            const char* database, const char* trigger) noexcept;
};

}  // namespace detail

// The process-wide Ctrl-C flag behind Sandbox::request_interrupt (async-signal-safe).
void set_interrupt_flag() noexcept;
void clear_interrupt_flag() noexcept;

}  // namespace prepl::sql
