#include "sql/sqlite_memory.hpp"

#include <malloc.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>

namespace prepl::sql {
namespace {

// Each on its own cache line: g_in_use is written by every thread now and then, and must not
// drag the read-mostly flags along with it (false sharing).
alignas(64) std::atomic<bool> g_installed{false};
alignas(64) std::atomic<std::int64_t> g_limit{0};  // 0: no cap
// Bytes reserved against the cap: held by SQLite plus every thread's unspent credit.
alignas(64) std::atomic<std::int64_t> g_in_use{0};

// Per-thread credit: bytes already reserved in g_in_use that this thread may hand out without
// touching the shared counter. One atomic add per allocation made two grading threads fight
// over g_in_use's cache line (perf: x_malloc/x_free went from 3% to 8% of the samples with a
// second thread, and the process's CPU time grew by 30%). A thread now takes credit in
// k_credit_chunk steps and gives back all but one chunk once it holds more than two, so the
// cap is exact to within two chunks per thread, and exact for this thread near the cap (see
// reserve).
constexpr std::int64_t k_credit_chunk = 256 << 10;

struct Credit {
    std::int64_t bytes = 0;
    // A finished thread gives its credit back (the grading pools start threads per command).
    ~Credit() {
        g_in_use.fetch_sub(bytes, std::memory_order_relaxed);
        bytes = 0;
    }
};
thread_local Credit t_credit;

// Reserves `bytes` against the cap; false (and nothing reserved) when it would pass it.
bool reserve(std::int64_t bytes) {
    if (bytes <= 0) return true;
    std::int64_t& credit = t_credit.bytes;
    if (credit >= bytes) {
        credit -= bytes;
        return true;
    }
    const std::int64_t limit = g_limit.load(std::memory_order_relaxed);
    const std::int64_t missing = bytes - credit;
    // A chunk more than needed, so the next allocations are local; near the cap, only what is missing.
    for (const std::int64_t take : {missing + k_credit_chunk, missing}) {
        const std::int64_t after = g_in_use.fetch_add(take, std::memory_order_relaxed) + take;
        if (limit > 0 && after > limit) {
            g_in_use.fetch_sub(take, std::memory_order_relaxed);
            continue;
        }
        credit += take - bytes;
        return true;
    }
    return false;
}

// Gives `bytes` back: to this thread's credit, and past two chunks of credit, to the shared count.
void release(std::int64_t bytes) {
    std::int64_t& credit = t_credit.bytes;
    credit += bytes;
    if (credit > 2 * k_credit_chunk) {
        g_in_use.fetch_sub(credit - k_credit_chunk, std::memory_order_relaxed);
        credit = k_credit_chunk;
    }
}

// The allocator: glibc malloc, sized with malloc_usable_size (what SQLite's own memsys does
// with SQLITE_MALLOCSIZE), so no header is needed.
void* x_malloc(int n) {
    if (n <= 0) return nullptr;
    if (!reserve(n)) return nullptr;
    void* p = std::malloc(static_cast<std::size_t>(n));
    if (!p) {
        release(n);
        return nullptr;
    }
    // Count what malloc really handed out, so x_free gives back the same amount.
    const auto extra = static_cast<std::int64_t>(malloc_usable_size(p)) - n;
    t_credit.bytes -= extra;  // may go below zero for a moment: the next reserve settles it
    return p;
}
void x_free(void* p) {
    if (!p) return;
    release(static_cast<std::int64_t>(malloc_usable_size(p)));
    std::free(p);
}
void* x_realloc(void* p, int n) {
    if (!p) return x_malloc(n);
    if (n <= 0) return nullptr;
    const auto old_size = static_cast<std::int64_t>(malloc_usable_size(p));
    const std::int64_t grow = n - old_size;
    if (grow > 0 && !reserve(grow)) return nullptr;
    void* q = std::realloc(p, static_cast<std::size_t>(n));
    if (!q) {
        if (grow > 0) release(grow);
        return nullptr;
    }
    const std::int64_t reserved = grow > 0 ? grow : 0;
    const std::int64_t change = static_cast<std::int64_t>(malloc_usable_size(q)) - old_size - reserved;
    if (change > 0) t_credit.bytes -= change;
    else release(-change);
    return q;
}
int x_size(void* p) { return p ? static_cast<int>(malloc_usable_size(p)) : 0; }
int x_roundup(int n) { return (n + 7) & ~7; }
int x_init(void*) { return SQLITE_OK; }
void x_shutdown(void*) {}

const sqlite3_mem_methods k_methods = {x_malloc, x_free, x_realloc, x_size, x_roundup, x_init, x_shutdown, nullptr};

}  // namespace

bool configure_sqlite_memory() {
    if (g_installed.load()) return true;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &k_methods) != SQLITE_OK) return false;
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    g_installed.store(true);
    return true;
}

void set_sqlite_heap_limit(std::int64_t bytes) {
    if (g_installed.load()) g_limit.store(bytes);
    else sqlite3_hard_heap_limit64(bytes);
}

std::int64_t sqlite_heap_in_use() { return g_installed.load() ? g_in_use.load() : 0; }

}  // namespace prepl::sql
