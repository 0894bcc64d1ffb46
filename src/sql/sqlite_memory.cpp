#include "sql/sqlite_memory.hpp"

#include <malloc.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>

namespace prepl::sql {
namespace {

std::atomic<bool> g_installed{false};
std::atomic<std::int64_t> g_in_use{0};
std::atomic<std::int64_t> g_limit{0};  // 0: no cap

// Reserves `bytes` against the cap; false (and nothing reserved) when it would pass it.
bool reserve(std::int64_t bytes) {
    const std::int64_t limit = g_limit.load(std::memory_order_relaxed);
    const std::int64_t after = g_in_use.fetch_add(bytes, std::memory_order_relaxed) + bytes;
    if (limit > 0 && bytes > 0 && after > limit) {
        g_in_use.fetch_sub(bytes, std::memory_order_relaxed);
        return false;
    }
    return true;
}

// The allocator: glibc malloc, sized with malloc_usable_size (what SQLite's own memsys does
// with SQLITE_MALLOCSIZE), so no header is needed.
void* x_malloc(int n) {
    if (n <= 0) return nullptr;
    if (!reserve(n)) return nullptr;
    void* p = std::malloc(static_cast<std::size_t>(n));
    if (!p) {
        g_in_use.fetch_sub(n, std::memory_order_relaxed);
        return nullptr;
    }
    // Count what malloc really handed out, so x_free subtracts the same amount.
    g_in_use.fetch_add(static_cast<std::int64_t>(malloc_usable_size(p)) - n, std::memory_order_relaxed);
    return p;
}
void x_free(void* p) {
    if (!p) return;
    g_in_use.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
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
        if (grow > 0) g_in_use.fetch_sub(grow, std::memory_order_relaxed);
        return nullptr;
    }
    const std::int64_t reserved = grow > 0 ? grow : 0;
    g_in_use.fetch_add(static_cast<std::int64_t>(malloc_usable_size(q)) - old_size - reserved,
                       std::memory_order_relaxed);
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
