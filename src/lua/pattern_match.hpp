#pragma once
// Interruptible string.find/match/gmatch/gsub for the sandbox (internal to src/lua/).
//
// The count hook never fires inside a C function, and Lua pattern matching backtracks: a single
// string.find(("a"):rep(1e6), ".-.-.-.-.-b") runs for hours. These replacements implement the
// Lua 5.4 pattern language (written for prepl, same semantics and error messages) with a step
// counter that checks the grader's deadline every 1024 steps, and cap the input sizes:
// subjects at k_max_pattern_subject_bytes and patterns at k_max_pattern_bytes.
#include <cstddef>

#include <lua.hpp>

namespace prepl::lua {

inline constexpr std::size_t k_max_pattern_subject_bytes = 1u << 20;  // 1 MiB
inline constexpr std::size_t k_max_pattern_bytes = 4u << 10;          // 4 KiB

// Replaces find, match, gmatch and gsub in the string table at `string_table`.
void install_pattern_functions(lua_State* L, int string_table);

}  // namespace prepl::lua
