#pragma once
// SQLite's process-wide memory setup: a hard heap cap that does not serialize threads.
//
// SQLite enforces sqlite3_hard_heap_limit64 only with memory statistics on
// (SQLITE_CONFIG_MEMSTATUS), and with them on every sqlite3_malloc/free takes one global mutex
// (mem0.mutex in malloc.c): grading on two threads then runs barely faster than on one. So
// statistics go off and the cap moves into our own allocator (SQLITE_CONFIG_MALLOC), which
// counts bytes and fails an allocation past the cap, as SQLite's would. The count is one shared
// atomic that each thread draws on in 256 KiB chunks of credit (one atomic per allocation made
// two grading threads contend for its cache line), so the cap holds to within two chunks per thread.
// Hand-written because no packaged library offers a lock-free capped allocator for SQLite.
#include <cstdint>

namespace prepl::sql {

// Installs the counting allocator and turns memory statistics off. Must run before SQLite's
// first use in the process (app::run and the test main call it first); returns false when
// SQLite was already initialized, and then the heap limit falls back to sqlite3_hard_heap_limit64.
bool configure_sqlite_memory();

// The cap for every SQLite allocation of the process, in bytes (0: none). Goes to our
// allocator when it is installed, else to sqlite3_hard_heap_limit64.
void set_sqlite_heap_limit(std::int64_t bytes);

// Bytes SQLite holds now through our allocator, plus the threads' unspent credit (0 when it is
// not installed).
std::int64_t sqlite_heap_in_use();

}  // namespace prepl::sql
