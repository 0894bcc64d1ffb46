#pragma once
// Differential oracle for prepl's Lua pattern engine (src/lua/pattern_match.cpp): runs one call of
// string.find/match/gmatch/gsub on a plain lua_State with stock Lua 5.4's string library
// (luaL_openlibs) and on a prepl LuaVm with install_pattern_functions, and compares the results
// and error messages as text. Shared by tests/lua/pattern_match_test.cpp and the lua_pattern fuzz
// target (tests/fuzz/lua_pattern_fuzz.cpp).
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <lua.hpp>

#include "lua/lua_vm.hpp"
#include "lua/pattern_match.hpp"

namespace prepl::test {

// op: 'f' find, 'F' plain find, 'm' match, 'g' gmatch (first 64 matches), 's' gsub with the
// replacement string, 'S' gsub with a function, 't' gsub with a table. `arg` is init for
// find/match/gmatch and the maximum count for gsub (absent: Lua's default).
struct PatternCase {
    char op = 'f';
    std::optional<long long> arg;
    std::string pattern, repl, subject;
};

// Stock Lua's matcher backtracks without bound; cases stay small enough that it cannot blow up:
// at most 3 quantifier characters, a 32-byte pattern and a 48-byte subject (48^4 steps at worst).
inline bool small_enough(const PatternCase& c) {
    const auto quantifiers = std::count_if(c.pattern.begin(), c.pattern.end(),
                                           [](char ch) { return ch == '*' || ch == '+' || ch == '-' || ch == '?'; });
    return quantifiers <= 3 && c.pattern.size() <= 32 && c.subject.size() <= 48 && c.repl.size() <= 32;
}

// The driver, the same Lua text on both sides; it returns the results serialized with %q.
inline constexpr std::string_view k_pattern_driver = R"lua(
local op, s, p, r, n = ...
local function ser(...)
  local t = table.pack(...)
  local out = {}
  for i = 1, t.n do
    local v = t[i]
    out[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return table.concat(out, ",")
end
if op == "f" then return ser(string.find(s, p, n))
elseif op == "F" then return ser(string.find(s, p, n, true))
elseif op == "m" then return ser(string.match(s, p, n))
elseif op == "g" then
  local out, it = {}, string.gmatch(s, p, n)
  for _ = 1, 64 do
    local got = table.pack(it())
    if got[1] == nil then break end
    out[#out + 1] = ser(table.unpack(got, 1, got.n))
  end
  return table.concat(out, ";")
elseif op == "s" then return ser(string.gsub(s, p, r, n))
elseif op == "S" then
  return ser(string.gsub(s, p, function(...)
    local first = ...
    if first == "" then return nil
    elseif first == "a" then return false
    elseif first == "b" then return 7
    elseif first == "z" then return {}
    end
    return "<" .. ser(...) .. ">"
  end, n))
elseif op == "t" then
  return ser(string.gsub(s, p, {a = "A", b = false, c = 3, z = {}, [1] = "one", [2] = "two"}, n))
end
return "unknown op"
)lua";

// Runs `c` on `L` (string library already there): "ok <results>" or "error <message>".
inline std::string run_pattern_case(lua_State* L, const PatternCase& c) {
    lua_settop(L, 0);
    if (luaL_loadbufferx(L, k_pattern_driver.data(), k_pattern_driver.size(), "=driver", "t") != LUA_OK)
        return std::string("driver does not load: ") + lua_tostring(L, -1);
    const char op[2] = {c.op, '\0'};
    lua_pushstring(L, op);
    lua_pushlstring(L, c.subject.data(), c.subject.size());
    lua_pushlstring(L, c.pattern.data(), c.pattern.size());
    lua_pushlstring(L, c.repl.data(), c.repl.size());
    if (c.arg) {
        lua_pushinteger(L, static_cast<lua_Integer>(*c.arg));
    } else {
        lua_pushnil(L);
    }
    const int status = lua_pcall(L, 5, 1, 0);
    std::size_t len = 0;
    const char* text = lua_tolstring(L, -1, &len);
    std::string out = status == LUA_OK ? "ok " : "error ";
    out += text ? std::string(text, len) : std::string("(not a string)");
    lua_settop(L, 0);
    return out;
}

struct PatternComparison {
    std::string stock, prepl;
    bool same() const { return stock == prepl; }
};

inline PatternComparison compare_with_stock(const PatternCase& c) {
    PatternComparison result;
    lua_State* stock = luaL_newstate();
    luaL_openlibs(stock);
    result.stock = run_pattern_case(stock, c);
    lua_close(stock);

    lua::LuaVm vm(64u << 20, std::chrono::seconds(10), 200);
    lua_State* L = vm.get();
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    lua::install_pattern_functions(L, -1);
    lua_pop(L, 1);
    result.prepl = run_pattern_case(L, c);
    return result;
}

// Text form of a case for failure messages: op, arg and the three strings with escapes.
inline std::string describe(const PatternCase& c) {
    auto quoted = [](std::string_view s) {
        std::string out = "\"";
        for (const unsigned char ch : s) {
            if (ch == '"' || ch == '\\') {
                out += '\\';
                out += static_cast<char>(ch);
            } else if (ch < 32 || ch >= 127) {
                out += "\\" + std::to_string(ch);
            } else {
                out += static_cast<char>(ch);
            }
        }
        return out + "\"";
    };
    return std::string("op ") + c.op + (c.arg ? " arg " + std::to_string(*c.arg) : std::string()) +
           " pattern " + quoted(c.pattern) + " repl " + quoted(c.repl) + " subject " + quoted(c.subject);
}

}  // namespace prepl::test
