#pragma once
// LuaVm: one lua_State with a counting, capped allocator and a deadline hook (internal to src/lua/).
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

#include <lua.hpp>
#include <nlohmann/json.hpp>

namespace prepl::lua {

struct GraderContext;

// Host-side state of one lua_State. It is the allocator's userdata, so any C function reaches it
// with vm_state(L). Only trivially-destructible data is touched on paths that may longjmp.
struct VmState {
    std::size_t used_bytes = 0;
    std::size_t cap_bytes = 0;
    int refusals_in_row = 0;       // Lua retries a refused allocation once after an emergency GC
    bool memory_exceeded = false;  // sticky: the hook keeps raising once set
    bool time_exceeded = false;    // sticky: the hook keeps raising once set
    std::chrono::steady_clock::time_point deadline;
    std::chrono::milliseconds budget{};
    int max_call_depth = 200;
    const GraderContext* grader = nullptr;
    std::filesystem::path lib_dir;
    // Results of C++ work are parked here rather than on the C stack, so a Lua error raised while
    // pushing them (a longjmp) never skips a C++ destructor.
    nlohmann::json scratch_json;
    std::string scratch_text;
};

VmState& vm_state(lua_State* L);

// Raises the sticky "stopped" error (time or memory) and drops the hook count to 1 so that a
// surrounding pcall cannot swallow it: the next instruction raises again.
[[noreturn]] void raise_stopped(lua_State* L);

// For long-running C functions where the count hook cannot fire: raises when past the deadline.
void check_deadline(lua_State* L);

std::string time_budget_message(std::chrono::milliseconds budget);
std::string memory_limit_message(std::size_t cap_bytes);

// Owns the lua_State; closes it (with the hook still armed) on destruction. Not copyable or
// movable: the allocator holds a pointer to m_state.
class LuaVm {
public:
    LuaVm(std::size_t memory_bytes, std::chrono::milliseconds budget, int max_call_depth);
    ~LuaVm();
    LuaVm(const LuaVm&) = delete;
    LuaVm& operator=(const LuaVm&) = delete;
    LuaVm(LuaVm&&) = delete;
    LuaVm& operator=(LuaVm&&) = delete;

    lua_State* get() const { return m_L; }  // null when even the empty state did not fit
    VmState& state() { return m_state; }

private:
    VmState m_state;
    lua_State* m_L = nullptr;
};

}  // namespace prepl::lua
