#pragma once
// The global environment a grader runs in (internal to src/lua/). See graders/README.md
// ("What is not available") for the list as graders see it.
#include <cstddef>

#include <lua.hpp>

namespace prepl::lua {

inline constexpr std::size_t k_max_chunk_bytes = 1u << 20;     // load() strings and lib files
inline constexpr std::size_t k_max_lib_file_bytes = 1u << 20;  // graders/lib/<name>.lua

// lua_CFunction, run under lua_pcall on a fresh state: opens base, string, table, math, utf8
// (never luaL_openlibs), a reduced os, and installs the wrapped load, collectgarbage,
// setmetatable, rawset, require, string.rep, pattern functions and table.insert/remove/move.
// Expects vm_state(L).lib_dir to be set. Raises on memory errors.
int install_sandbox(lua_State* L);

}  // namespace prepl::lua
