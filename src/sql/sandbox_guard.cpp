#include "sql/sandbox_guard.hpp"

#include <sqlite3.h>

#include <atomic>

#include "sql/authorizer.hpp"

namespace prepl::sql {
namespace {

// Ctrl-C flag, set from a signal handler, so it must be lock-free.
std::atomic<bool> g_interrupt_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

}  // namespace

void set_interrupt_flag() noexcept { g_interrupt_requested.store(true, std::memory_order_relaxed); }
void clear_interrupt_flag() noexcept {
    g_interrupt_requested.store(false, std::memory_order_relaxed);
}

namespace detail {

int SandboxGuard::on_progress(void* self) noexcept {
    auto* guard = static_cast<SandboxGuard*>(self);
    if (!guard->bounded) return 0;
    if (g_interrupt_requested.load(std::memory_order_relaxed)) {
        guard->interrupted = true;
        return 1;
    }
    if (std::chrono::steady_clock::now() >= guard->deadline) {
        guard->timed_out = true;
        return 1;
    }
    return 0;
}

int SandboxGuard::on_authorize(void* self, int action, const char* arg1, const char* arg2,
                               const char* database, const char* trigger) noexcept {
    auto* guard = static_cast<SandboxGuard*>(self);
    if (guard->trusted) return SQLITE_OK;
    try {
        auto reason = denial_reason({action, arg1, arg2, database, trigger, guard->keyword});
        if (!reason) return SQLITE_OK;
        if (guard->denial.empty()) guard->denial = std::move(*reason);
        return SQLITE_DENY;
    } catch (...) {
        return SQLITE_DENY;  // fail closed: out of memory while deciding
    }
}

}  // namespace detail

}  // namespace prepl::sql
