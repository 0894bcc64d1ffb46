#include "lua/pattern_match.hpp"

#include <cctype>
#include <cstring>

#include "lua/lua_vm.hpp"

// Everything here runs inside Lua C functions and may longjmp (lua_error): locals are plain C
// data only (pointers, integers, luaL_Buffer, MatchState), never C++ objects with destructors.
namespace prepl::lua {
namespace {

constexpr int k_max_captures = 32;
constexpr int k_max_match_depth = 200;  // recursion of do_match, as Lua's MAXCCALLS
constexpr std::ptrdiff_t k_capture_unfinished = -1;
constexpr std::ptrdiff_t k_capture_position = -2;
constexpr unsigned k_steps_between_clock_checks = 1024;
constexpr char k_specials[] = "^$*+?.([%-";

struct Capture {
    const char* init;
    std::ptrdiff_t len;
};

struct MatchState {
    const char* src_init;
    const char* src_end;
    const char* p_end;
    lua_State* L;
    int depth;
    int level;
    unsigned steps;
    Capture capture[k_max_captures];
};

int uchar(char c) { return static_cast<unsigned char>(c); }

void tick(MatchState* ms) {
    if (++ms->steps % k_steps_between_clock_checks == 0) check_deadline(ms->L);
}

const char* class_end(MatchState* ms, const char* p) {
    const char c = *p++;
    if (c == '%') {
        if (p >= ms->p_end) luaL_error(ms->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^') p++;
        do {  // the first ']' after '[' or '[^' is a literal
            if (p >= ms->p_end) luaL_error(ms->L, "malformed pattern (missing ']')");
            const char cc = *p++;
            if (cc == '%' && p < ms->p_end) p++;
        } while (*p != ']');
        return p + 1;
    }
    return p;
}

bool match_class(int c, int cl) {
    bool res;
    switch (std::tolower(cl)) {
        case 'a': res = std::isalpha(c); break;
        case 'c': res = std::iscntrl(c); break;
        case 'd': res = std::isdigit(c); break;
        case 'g': res = std::isgraph(c); break;
        case 'l': res = std::islower(c); break;
        case 'p': res = std::ispunct(c); break;
        case 's': res = std::isspace(c); break;
        case 'u': res = std::isupper(c); break;
        case 'w': res = std::isalnum(c); break;
        case 'x': res = std::isxdigit(c); break;
        case 'z': res = (c == 0); break;  // undocumented since 5.2 but still in 5.4's lstrlib.c
        default: return cl == c;
    }
    return std::isupper(cl) ? !res : res;
}

// p points at '[', set_end at its closing ']'.
bool match_bracket(int c, const char* p, const char* set_end) {
    bool found_means = true;
    if (*(p + 1) == '^') {
        found_means = false;
        p++;
    }
    while (++p < set_end) {
        if (*p == '%') {
            p++;
            if (match_class(c, uchar(*p))) return found_means;
        } else if (*(p + 1) == '-' && p + 2 < set_end) {
            p += 2;
            if (uchar(*(p - 2)) <= c && c <= uchar(*p)) return found_means;
        } else if (uchar(*p) == c) {
            return found_means;
        }
    }
    return !found_means;
}

bool single_match(MatchState* ms, const char* s, const char* p, const char* ep) {
    if (s >= ms->src_end) return false;
    const int c = uchar(*s);
    switch (*p) {
        case '.': return true;
        case '%': return match_class(c, uchar(*(p + 1)));
        case '[': return match_bracket(c, p, ep - 1);
        default: return uchar(*p) == c;
    }
}

const char* do_match(MatchState* ms, const char* s, const char* p);

const char* match_balance(MatchState* ms, const char* s, const char* p) {
    if (p + 1 >= ms->p_end) luaL_error(ms->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= ms->src_end || *s != *p) return nullptr;
    const char open = *p, close = *(p + 1);
    int depth = 1;
    while (++s < ms->src_end) {
        tick(ms);
        if (*s == close) {
            if (--depth == 0) return s + 1;
        } else if (*s == open) {
            depth++;
        }
    }
    return nullptr;
}

const char* max_expand(MatchState* ms, const char* s, const char* p, const char* ep) {
    std::ptrdiff_t i = 0;
    while (single_match(ms, s + i, p, ep)) {
        tick(ms);
        i++;
    }
    while (i >= 0) {  // try the longest run first, then shorter ones
        if (const char* res = do_match(ms, s + i, ep + 1)) return res;
        i--;
    }
    return nullptr;
}

const char* min_expand(MatchState* ms, const char* s, const char* p, const char* ep) {
    for (;;) {
        if (const char* res = do_match(ms, s, ep + 1)) return res;
        if (!single_match(ms, s, p, ep)) return nullptr;
        s++;
    }
}

const char* start_capture(MatchState* ms, const char* s, const char* p, std::ptrdiff_t what) {
    if (ms->level >= k_max_captures) luaL_error(ms->L, "too many captures");
    ms->capture[ms->level] = {s, what};
    ms->level++;
    const char* res = do_match(ms, s, p);
    if (res == nullptr) ms->level--;
    return res;
}

const char* end_capture(MatchState* ms, const char* s, const char* p) {
    int open = -1;
    for (int l = ms->level - 1; l >= 0; l--) {
        if (ms->capture[l].len == k_capture_unfinished) {
            open = l;
            break;
        }
    }
    if (open < 0) luaL_error(ms->L, "invalid pattern capture");
    ms->capture[open].len = s - ms->capture[open].init;
    const char* res = do_match(ms, s, p);
    if (res == nullptr) ms->capture[open].len = k_capture_unfinished;
    return res;
}

int checked_capture_index(MatchState* ms, int digit) {
    const int l = digit - '1';
    if (l < 0 || l >= ms->level || ms->capture[l].len == k_capture_unfinished) {
        luaL_error(ms->L, "invalid capture index %%%d", l + 1);
    }
    return l;
}

const char* match_capture(MatchState* ms, const char* s, int digit) {
    const int l = checked_capture_index(ms, digit);
    const auto len = static_cast<std::size_t>(ms->capture[l].len);
    if (static_cast<std::size_t>(ms->src_end - s) >= len &&
        std::memcmp(ms->capture[l].init, s, len) == 0) {
        return s + len;
    }
    return nullptr;
}

// Returns the end of the match of pattern p at subject position s, or null.
const char* do_match(MatchState* ms, const char* s, const char* p) {
    if (ms->depth-- == 0) luaL_error(ms->L, "pattern too complex");
    tick(ms);
    while (s != nullptr && p != ms->p_end) {
        bool single = false;  // the item at p is a single-char class (with optional quantifier)
        switch (*p) {
            case '(':
                s = (*(p + 1) == ')') ? start_capture(ms, s, p + 2, k_capture_position)
                                      : start_capture(ms, s, p + 1, k_capture_unfinished);
                p = ms->p_end;
                break;
            case ')':
                s = end_capture(ms, s, p + 1);
                p = ms->p_end;
                break;
            case '$':
                if (p + 1 == ms->p_end) {
                    if (s != ms->src_end) s = nullptr;
                    p = ms->p_end;
                } else {
                    single = true;
                }
                break;
            case '%':
                switch (*(p + 1)) {
                    case 'b':
                        s = match_balance(ms, s, p + 2);
                        if (s != nullptr) p += 4;
                        break;
                    case 'f': {
                        p += 2;
                        if (*p != '[') luaL_error(ms->L, "missing '[' after '%%f' in pattern");
                        const char* ep = class_end(ms, p);
                        const int previous = (s == ms->src_init) ? '\0' : uchar(*(s - 1));
                        const int current = (s < ms->src_end) ? uchar(*s) : '\0';
                        if (!match_bracket(previous, p, ep - 1) && match_bracket(current, p, ep - 1)) {
                            p = ep;
                        } else {
                            s = nullptr;
                        }
                        break;
                    }
                    case '0': case '1': case '2': case '3': case '4':
                    case '5': case '6': case '7': case '8': case '9':
                        s = match_capture(ms, s, uchar(*(p + 1)));
                        if (s != nullptr) p += 2;
                        break;
                    default:
                        single = true;
                }
                break;
            default:
                single = true;
        }
        if (!single) continue;

        const char* ep = class_end(ms, p);
        if (!single_match(ms, s, p, ep)) {
            if (*ep == '*' || *ep == '?' || *ep == '-') {
                p = ep + 1;  // zero repetitions are fine
            } else {
                s = nullptr;
            }
            continue;
        }
        switch (*ep) {
            case '?':
                if (const char* res = do_match(ms, s + 1, ep + 1)) {
                    s = res;
                    p = ms->p_end;
                } else {
                    p = ep + 1;
                }
                break;
            case '+':
                s = max_expand(ms, s + 1, p, ep);
                p = ms->p_end;
                break;
            case '*':
                s = max_expand(ms, s, p, ep);
                p = ms->p_end;
                break;
            case '-':
                s = min_expand(ms, s, p, ep);
                p = ms->p_end;
                break;
            default:
                s++;
                p = ep;
        }
    }
    ms->depth++;
    return s;
}

void push_one_capture(MatchState* ms, int i, const char* s, const char* e) {
    if (i >= ms->level) {
        if (i != 0) luaL_error(ms->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(ms->L, s, static_cast<std::size_t>(e - s));  // the whole match
        return;
    }
    const std::ptrdiff_t len = ms->capture[i].len;
    if (len == k_capture_unfinished) luaL_error(ms->L, "unfinished capture");
    if (len == k_capture_position) {
        lua_pushinteger(ms->L, (ms->capture[i].init - ms->src_init) + 1);
    } else {
        lua_pushlstring(ms->L, ms->capture[i].init, static_cast<std::size_t>(len));
    }
}

int push_captures(MatchState* ms, const char* s, const char* e) {
    const int n = (ms->level == 0 && s != nullptr) ? 1 : ms->level;
    luaL_checkstack(ms->L, n, "too many captures");
    for (int i = 0; i < n; i++) push_one_capture(ms, i, s, e);
    return n;
}

void prepare(MatchState* ms, lua_State* L, const char* s, std::size_t ls, const char* p,
             std::size_t lp) {
    ms->L = L;
    ms->src_init = s;
    ms->src_end = s + ls;
    ms->p_end = p + lp;
    ms->steps = 0;
}

void reprepare(MatchState* ms) {
    ms->level = 0;
    ms->depth = k_max_match_depth;
}

// 1-based start position as string.find takes it.
std::size_t start_position(lua_Integer pos, std::size_t len) {
    if (pos > 0) return static_cast<std::size_t>(pos);
    if (pos == 0) return 1;
    if (pos < -static_cast<lua_Integer>(len)) return 1;
    return len + static_cast<std::size_t>(pos) + 1;
}

void check_sizes(lua_State* L, const char* fn, std::size_t ls, std::size_t lp) {
    if (ls > k_max_pattern_subject_bytes) {
        luaL_error(L, "%s: subject of %d bytes is over the %d-byte limit for pattern functions", fn,
                   static_cast<int>(ls), static_cast<int>(k_max_pattern_subject_bytes));
    }
    if (lp > k_max_pattern_bytes) {
        luaL_error(L, "%s: pattern of %d bytes is over the %d-byte limit", fn, static_cast<int>(lp),
                   static_cast<int>(k_max_pattern_bytes));
    }
}

bool has_specials(const char* p, std::size_t lp) {
    for (std::size_t i = 0; i < lp; i++) {
        if (p[i] != '\0' && std::strchr(k_specials, p[i]) != nullptr) return true;
    }
    return false;
}

// Plain substring search, checking the deadline as it goes (n*m in the worst case).
const char* plain_find(lua_State* L, const char* s, std::size_t ls, const char* p, std::size_t lp) {
    if (lp == 0) return s;
    if (lp > ls) return nullptr;
    const char* last_start = s + (ls - lp);
    unsigned hits = 0;
    for (const char* at = s; at <= last_start; at++) {
        at = static_cast<const char*>(std::memchr(at, *p, static_cast<std::size_t>(last_start - at) + 1));
        if (at == nullptr) return nullptr;
        if (std::memcmp(at + 1, p + 1, lp - 1) == 0) return at;
        if (++hits % k_steps_between_clock_checks == 0) check_deadline(L);
    }
    return nullptr;
}

int find_or_match(lua_State* L, bool find) {
    std::size_t ls = 0, lp = 0;
    const char* s = luaL_checklstring(L, 1, &ls);
    const char* p = luaL_checklstring(L, 2, &lp);
    check_sizes(L, find ? "string.find" : "string.match", ls, lp);
    const std::size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) {
        lua_pushnil(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
        if (const char* at = plain_find(L, s + init, ls - init, p, lp)) {
            lua_pushinteger(L, (at - s) + 1);
            lua_pushinteger(L, static_cast<lua_Integer>((at - s) + lp));
            return 2;
        }
    } else {
        MatchState ms;
        const char* s1 = s + init;
        const bool anchor = (*p == '^');
        if (anchor) {
            p++;
            lp--;
        }
        prepare(&ms, L, s, ls, p, lp);
        do {
            reprepare(&ms);
            if (const char* e = do_match(&ms, s1, p)) {
                if (find) {
                    lua_pushinteger(L, (s1 - s) + 1);
                    lua_pushinteger(L, e - s);
                    return push_captures(&ms, nullptr, nullptr) + 2;
                }
                return push_captures(&ms, s1, e);
            }
        } while (s1++ < ms.src_end && !anchor);
    }
    lua_pushnil(L);
    return 1;
}

int str_find(lua_State* L) { return find_or_match(L, true); }
int str_match(lua_State* L) { return find_or_match(L, false); }

struct GmatchState {
    const char* src;
    const char* pattern;
    const char* last_match;
    MatchState ms;
};

int gmatch_step(lua_State* L) {
    auto* gm = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
    gm->ms.L = L;
    for (const char* src = gm->src; src <= gm->ms.src_end; src++) {
        reprepare(&gm->ms);
        const char* e = do_match(&gm->ms, src, gm->pattern);
        if (e != nullptr && e != gm->last_match) {
            gm->src = gm->last_match = e;
            return push_captures(&gm->ms, src, e);
        }
    }
    return 0;
}

int str_gmatch(lua_State* L) {
    std::size_t ls = 0, lp = 0;
    const char* s = luaL_checklstring(L, 1, &ls);
    const char* p = luaL_checklstring(L, 2, &lp);
    check_sizes(L, "string.gmatch", ls, lp);
    std::size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) init = ls + 1;  // start past the end: no matches
    lua_settop(L, 2);  // keep s and p alive as upvalues
    auto* gm = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
    prepare(&gm->ms, L, s, ls, p, lp);
    gm->src = s + init;
    gm->pattern = p;
    gm->last_match = nullptr;
    lua_pushcclosure(L, gmatch_step, 3);
    return 1;
}

// Appends the replacement string (with %0-%9 and %%) for the match s..e.
void add_replacement_string(MatchState* ms, luaL_Buffer* b, const char* s, const char* e) {
    std::size_t l = 0;
    lua_State* L = ms->L;
    const char* news = lua_tolstring(L, 3, &l);
    const char* end = news + l;
    for (const char* p = news; p < end; p++) {
        if (*p != '%') {
            luaL_addchar(b, *p);
            continue;
        }
        p++;
        if (p >= end || (*p != '%' && !std::isdigit(uchar(*p)))) {
            luaL_error(L, "invalid use of '%%' in replacement string");
        }
        if (*p == '%') {
            luaL_addchar(b, '%');
        } else if (*p == '0') {
            luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
        } else {
            push_one_capture(ms, *p - '1', s, e);
            luaL_tolstring(L, -1, nullptr);
            lua_remove(L, -2);
            luaL_addvalue(b);
        }
    }
}

void add_value(MatchState* ms, luaL_Buffer* b, const char* s, const char* e, int repl_type) {
    lua_State* L = ms->L;
    switch (repl_type) {
        case LUA_TFUNCTION: {
            lua_pushvalue(L, 3);
            const int n = push_captures(ms, s, e);
            lua_call(L, n, 1);
            break;
        }
        case LUA_TTABLE:
            push_one_capture(ms, 0, s, e);
            lua_gettable(L, 3);
            break;
        default:
            add_replacement_string(ms, b, s, e);
            return;
    }
    if (!lua_toboolean(L, -1)) {  // nil or false: keep the original text
        lua_pop(L, 1);
        luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

int str_gsub(lua_State* L) {
    std::size_t srcl = 0, lp = 0;
    const char* src = luaL_checklstring(L, 1, &srcl);
    const char* p = luaL_checklstring(L, 2, &lp);
    const int repl_type = lua_type(L, 3);
    const lua_Integer max_n = luaL_optinteger(L, 4, static_cast<lua_Integer>(srcl) + 1);
    luaL_argexpected(L,
                     repl_type == LUA_TNUMBER || repl_type == LUA_TSTRING ||
                         repl_type == LUA_TFUNCTION || repl_type == LUA_TTABLE,
                     3, "string/function/table");
    check_sizes(L, "string.gsub", srcl, lp);
    const bool anchor = (*p == '^');
    if (anchor) {
        p++;
        lp--;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    MatchState ms;
    prepare(&ms, L, src, srcl, p, lp);
    const char* last_match = nullptr;
    lua_Integer n = 0;
    while (n < max_n) {
        reprepare(&ms);
        const char* e = do_match(&ms, src, p);
        if (e != nullptr && e != last_match) {
            n++;
            add_value(&ms, &b, src, e, repl_type);
            src = last_match = e;
        } else if (src < ms.src_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchor) break;
    }
    luaL_addlstring(&b, src, static_cast<std::size_t>(ms.src_end - src));
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

}  // namespace

void install_pattern_functions(lua_State* L, int string_table) {
    string_table = lua_absindex(L, string_table);
    lua_pushcfunction(L, str_find);
    lua_setfield(L, string_table, "find");
    lua_pushcfunction(L, str_match);
    lua_setfield(L, string_table, "match");
    lua_pushcfunction(L, str_gmatch);
    lua_setfield(L, string_table, "gmatch");
    lua_pushcfunction(L, str_gsub);
    lua_setfield(L, string_table, "gsub");
}

}  // namespace prepl::lua
