#pragma once
// printf()/format() with bounded width and precision (issue 9, item 4).
//
// SQLite 3.40's printf('%.*c', 2147483647, 'x') loops 2^31 times inside one C call, past the
// LENGTH limit, where neither the progress handler nor Ctrl-C can stop it. The wrapper registered
// here under both names walks the format string as SQLite 3.40's printf.c does, adds up every
// width and precision (the '*' ones read from the arguments), and refuses the call with a clear
// error when the sum is over the connection's LENGTH limit. Otherwise it hands the unchanged
// format and arguments to the stock printf on a private helper connection, so results are
// byte-for-byte SQLite's own (tests/sql/bounded_printf_test.cpp compares them).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;

namespace prepl::sql {

// The sum of every field's width and precision in `format`, parsed as SQLite 3.40's printf.c
// does; int_args[i] is argument i+1 read as sqlite3_value_int64 reads it (SQLite's getIntArg),
// used where a '*' takes a width or precision from the arguments. Exposed for tests.
std::int64_t printf_field_work(std::string_view format, std::span<const std::int64_t> int_args);

// Registers the bounded printf and format on `db`. Returns SQLITE_OK or the failing code.
int register_bounded_printf(sqlite3* db);

}  // namespace prepl::sql
