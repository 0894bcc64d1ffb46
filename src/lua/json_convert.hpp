#pragma once
// JSON <-> Lua values for graders (internal to src/lua/).
//
// JSON -> Lua: arrays become 1-based sequences, objects tables; null becomes the ctx.null
// sentinel inside arrays (so # and ipairs keep working) and is left out of objects.
// Lua -> JSON: sequences (keys exactly 1..n) become arrays, an empty table becomes [], other
// tables objects (integer keys as strings); ctx.null and nil become null; ctx proxies convert as
// the data they show. Depth, value count and text bytes are capped, cycles and non-finite numbers are errors, strings that are
// not UTF-8 get their bad bytes written as \xNN.
#include <lua.hpp>
#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace prepl::lua {

inline constexpr int k_max_json_depth = 100;          // nesting levels, both directions
inline constexpr std::size_t k_max_json_nodes = 200000;  // values converted from one Lua value
// Bytes of text (strings and keys) converted from one Lua value: 16 MiB. Counting nodes is not
// enough: 2,000 references to one 1 MiB string cost 32 KiB inside Lua but 2 GB once each is
// copied into JSON (issue 9 item 3).
inline constexpr std::size_t k_max_json_text_bytes = 16u << 20;

// Pushes the light userdata used as ctx.null.
void push_null_sentinel(lua_State* L);

// Pushes `value` as a Lua value. May raise a Lua error (memory, depth): call it only from a C
// function run under lua_pcall whose frames hold no C++ objects with destructors.
void push_json(lua_State* L, const nlohmann::json& value);

// Reads the Lua value at `index` as JSON. Uses only non-raising, non-allocating Lua API calls, so
// it is safe from C++ code outside any pcall. `what` names the value in error messages.
util::Result<nlohmann::json> to_json(lua_State* L, int index, const std::string& what);

// Copies `text`, writing each byte that is not part of valid UTF-8 as the four characters \xNN.
std::string sanitize_utf8(std::string_view text);

}  // namespace prepl::lua
