#include "lua/json_convert.hpp"

#include <cmath>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "lua/read_only_proxy.hpp"

namespace prepl::lua {
namespace {

char k_null_sentinel;  // its address is ctx.null

using json = nlohmann::json;

// Frames of this recursion hold only references and trivially destructible iterators, so a
// longjmp out of lua_createtable/lua_pushlstring skips nothing that needs destroying.
void push_json_at(lua_State* L, const json& value, int depth) {
    if (depth > k_max_json_depth || !lua_checkstack(L, 3)) {
        luaL_error(L, "JSON value nested too deeply (limit %d levels)", k_max_json_depth);
    }
    switch (value.type()) {
        case json::value_t::null:
        case json::value_t::discarded:
        case json::value_t::binary:
            push_null_sentinel(L);
            return;
        case json::value_t::boolean:
            lua_pushboolean(L, value.get<bool>() ? 1 : 0);
            return;
        case json::value_t::number_integer:
            lua_pushinteger(L, static_cast<lua_Integer>(value.get<std::int64_t>()));
            return;
        case json::value_t::number_unsigned: {
            const auto u = value.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(LUA_MAXINTEGER)) {
                lua_pushinteger(L, static_cast<lua_Integer>(u));
            } else {
                lua_pushnumber(L, static_cast<lua_Number>(u));
            }
            return;
        }
        case json::value_t::number_float:
            lua_pushnumber(L, value.get<double>());
            return;
        case json::value_t::string: {
            const auto& s = value.get_ref<const json::string_t&>();
            lua_pushlstring(L, s.data(), s.size());
            return;
        }
        case json::value_t::array: {
            const auto& items = value.get_ref<const json::array_t&>();
            lua_createtable(L, static_cast<int>(std::min<std::size_t>(items.size(), 1u << 20)), 0);
            for (std::size_t i = 0; i < items.size(); ++i) {
                push_json_at(L, items[i], depth + 1);
                lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
            }
            return;
        }
        case json::value_t::object: {
            const auto& members = value.get_ref<const json::object_t&>();
            lua_createtable(L, 0, static_cast<int>(std::min<std::size_t>(members.size(), 1u << 20)));
            for (auto it = members.cbegin(); it != members.cend(); ++it) {
                if (it->second.is_null()) continue;  // absent, as Lua would have it
                lua_pushlstring(L, it->first.data(), it->first.size());
                push_json_at(L, it->second, depth + 1);
                lua_rawset(L, -3);
            }
            return;
        }
    }
}

struct Walk {
    std::size_t nodes = 0;
    std::size_t text_bytes = 0;  // strings and keys copied so far
    std::vector<const void*> path;  // tables being converted, for cycle detection
};

util::Error conversion_error(const std::string& where, const std::string& why) {
    return util::Error::invalid(fmt::format("{}: {}", where, why));
}

// Counts `len` more bytes of text, before they are copied; false past the cap.
bool add_text(Walk& walk, std::size_t len) {
    if (len > k_max_json_text_bytes - walk.text_bytes) return false;
    walk.text_bytes += len;
    return true;
}

util::Error text_cap_error(const std::string& where) {
    return conversion_error(
        where, fmt::format("more than {} MiB of text to convert (each reference to a string is "
                           "copied; return less, or one copy)",
                           k_max_json_text_bytes >> 20));
}

util::Result<json> to_json_at(lua_State* L, int index, const std::string& where, int depth,
                              Walk& walk);

util::Result<json> table_to_json(lua_State* L, int table, const std::string& where, int depth,
                                 Walk& walk) {
    const void* identity = lua_topointer(L, table);
    for (const void* open : walk.path) {
        if (open == identity) return util::fail(conversion_error(where, "table contains itself (a cycle)"));
    }
    if (depth > k_max_json_depth) {
        return util::fail(conversion_error(
            where, fmt::format("nested more than {} levels deep", k_max_json_depth)));
    }
    if (!lua_checkstack(L, 4)) return util::fail(conversion_error(where, "out of Lua stack"));
    walk.path.push_back(identity);

    // Pass 1: a sequence has exactly the integer keys 1..n.
    lua_Integer count = 0, max_key = 0;
    bool sequence = true;
    lua_pushnil(L);
    while (lua_next(L, table) != 0) {
        ++count;
        if (lua_type(L, -2) == LUA_TNUMBER && lua_isinteger(L, -2)) {
            const lua_Integer k = lua_tointeger(L, -2);
            if (k < 1) sequence = false;
            max_key = std::max(max_key, k);
        } else {
            sequence = false;
        }
        lua_pop(L, 1);
    }
    sequence = sequence && max_key == count;

    json out = sequence ? json::array() : json::object();
    if (sequence) {
        for (lua_Integer i = 1; i <= count; ++i) {
            lua_rawgeti(L, table, i);
            auto item = to_json_at(L, lua_gettop(L), fmt::format("{}[{}]", where, i), depth + 1, walk);
            lua_pop(L, 1);
            if (!item) return item;
            out.push_back(std::move(*item));
        }
    } else {
        lua_pushnil(L);
        while (lua_next(L, table) != 0) {
            std::string key;
            if (lua_type(L, -2) == LUA_TSTRING) {
                std::size_t len = 0;
                const char* s = lua_tolstring(L, -2, &len);  // a string: no conversion, no alloc
                if (!add_text(walk, len)) {
                    lua_pop(L, 2);
                    return util::fail(text_cap_error(where));
                }
                key = sanitize_utf8(std::string_view(s, len));
            } else if (lua_type(L, -2) == LUA_TNUMBER && lua_isinteger(L, -2)) {
                key = std::to_string(lua_tointeger(L, -2));
            } else {
                const std::string type = luaL_typename(L, -2);
                lua_pop(L, 2);
                return util::fail(conversion_error(
                    where, fmt::format("table keys must be strings or integers, not {}", type)));
            }
            auto item = to_json_at(L, lua_gettop(L), where + "." + key, depth + 1, walk);
            lua_pop(L, 1);
            if (!item) {
                lua_pop(L, 1);
                return item;
            }
            out[key] = std::move(*item);
        }
    }
    walk.path.pop_back();
    return out;
}

util::Result<json> to_json_at(lua_State* L, int index, const std::string& where, int depth,
                              Walk& walk) {
    if (++walk.nodes > k_max_json_nodes) {
        return util::fail(conversion_error(
            where, fmt::format("more than {} values to convert", k_max_json_nodes)));
    }
    switch (lua_type(L, index)) {
        case LUA_TNONE:
        case LUA_TNIL:
            return json(nullptr);
        case LUA_TBOOLEAN:
            return json(lua_toboolean(L, index) != 0);
        case LUA_TNUMBER: {
            if (lua_isinteger(L, index)) return json(static_cast<std::int64_t>(lua_tointeger(L, index)));
            const double d = lua_tonumber(L, index);
            if (!std::isfinite(d)) {
                return util::fail(conversion_error(where, "non-finite number (nan or inf) has no JSON form"));
            }
            return json(d);
        }
        case LUA_TSTRING: {
            std::size_t len = 0;
            const char* s = lua_tolstring(L, index, &len);
            if (!add_text(walk, len)) return util::fail(text_cap_error(where));
            return json(sanitize_utf8(std::string_view(s, len)));
        }
        case LUA_TLIGHTUSERDATA:
            if (lua_touserdata(L, index) == &k_null_sentinel) return json(nullptr);
            break;
        case LUA_TTABLE: {
            if (push_proxy_backing(L, index)) {
                auto out = table_to_json(L, lua_gettop(L), where, depth, walk);
                lua_pop(L, 1);
                return out;
            }
            return table_to_json(L, index, where, depth, walk);
        }
        default:
            break;
    }
    return util::fail(conversion_error(
        where, fmt::format("a {} value cannot be converted to JSON", luaL_typename(L, index))));
}

// Length of the UTF-8 sequence starting at s[0], or 0 when it is not valid UTF-8.
std::size_t utf8_sequence_length(std::string_view s) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char c = b(0);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07;
    else return 0;
    if (s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((b(i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i) & 0x3F);
    }
    const bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

}  // namespace

void push_null_sentinel(lua_State* L) { lua_pushlightuserdata(L, &k_null_sentinel); }

void push_json(lua_State* L, const nlohmann::json& value) { push_json_at(L, value, 0); }

util::Result<nlohmann::json> to_json(lua_State* L, int index, const std::string& what) {
    Walk walk;
    return to_json_at(L, lua_absindex(L, index), what, 0, walk);
}

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t n = utf8_sequence_length(text.substr(i));
        if (n == 0) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i]));
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace prepl::lua
