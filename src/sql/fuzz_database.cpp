#include "sql/fuzz_database.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <random>

#include <fmt/format.h>

#include "sql/database.hpp"
#include "sql/sql_tokenizer.hpp"
#include "sql/timestamp.hpp"

namespace prepl::sql {
namespace {

using Shape = FuzzColumn::Shape;

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string quote_name(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

// A private read/write copy of a fixture's image on a plain connection: trusted code only.
util::Result<Database> open_copy(const Fixture& fixture) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    if (!raw) return util::fail(util::Error::bug("cannot open an in-memory database"));
    const std::string& image = fixture.image();
    if (image.empty()) return db;
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    if (!copy) return util::fail(util::Error::bug("out of memory copying a dataset"));
    std::memcpy(copy, image.data(), image.size());
    const auto size = static_cast<sqlite3_int64>(image.size());
    if (sqlite3_deserialize(raw, "main", copy, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
        return util::fail(util::Error::bug("cannot read dataset " + fixture.name()));
    return db;
}

Value column_value(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
        case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
        case SQLITE_TEXT:
            return std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)),
                               static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
        case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, i));
            return Blob{std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))};
        }
        default: return Null{};
    }
}

// Rows of a trusted query (our own PRAGMA and SELECT statements).
std::vector<Row> query(sqlite3* db, const std::string& sql) {
    std::vector<Row> rows;
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return rows;
    Statement stmt(raw);
    const int n = sqlite3_column_count(raw);
    while (sqlite3_step(raw) == SQLITE_ROW) {
        Row row;
        for (int i = 0; i < n; ++i) row.push_back(column_value(raw, i));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string text_of(const Value& v) {
    if (auto s = std::get_if<std::string>(&v)) return *s;
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    return "";
}

bool is_timestamp_text(const std::string& s) {
    return s.size() == 19 && s[4] == '-' && s[7] == '-' && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' &&
           parse_timestamp(s).has_value();
}
bool is_date_text(const std::string& s) { return s.size() == 10 && s[4] == '-' && s[7] == '-' && parse_timestamp(s).has_value(); }

Shape shape_of(const std::vector<Value>& pool, const std::string& declared) {
    const std::string type = lower(declared);
    if (pool.empty()) {
        if (type.find("int") != std::string::npos) return Shape::integer;
        if (type.find("real") != std::string::npos || type.find("floa") != std::string::npos ||
            type.find("doub") != std::string::npos || type.find("num") != std::string::npos)
            return Shape::real;
        return Shape::text;
    }
    bool ints = true, numbers = true, stamps = true, dates = true;
    for (const auto& v : pool) {
        ints = ints && std::holds_alternative<std::int64_t>(v);
        numbers = numbers && is_number(v);
        const auto* s = std::get_if<std::string>(&v);
        stamps = stamps && s && is_timestamp_text(*s);
        dates = dates && s && is_date_text(*s);
    }
    if (ints) return Shape::integer;
    if (numbers) return Shape::real;
    if (stamps) return Shape::timestamp;
    if (dates) return Shape::date;
    return Shape::text;
}

// Deterministic draws (std::uniform_*_distribution differ between standard libraries).
class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_rng(seed) {}
    std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(m_rng() % n) : 0; }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T>
    const T& pick(const std::vector<T>& from) { return from[below(from.size())]; }

private:
    std::mt19937_64 m_rng;
};

Value perturb(const Value& base, Shape shape, Draw& draw) {
    using namespace std::chrono;
    switch (shape) {
        case Shape::integer: {
            static const std::vector<std::int64_t> steps = {-2, -1, -1, 1, 1, 2};
            if (auto i = std::get_if<std::int64_t>(&base)) return *i + draw.pick(steps);
            return base;
        }
        case Shape::real: {
            static const std::vector<double> steps = {-1, -0.5, -0.01, 0.01, 0.5, 1, 0.005};
            if (!is_number(base)) return base;
            const double v = as_double(base) + draw.pick(steps);
            return std::round(v * 1000) / 1000;
        }
        case Shape::timestamp: {
            // Boundaries interview prompts draw: a second, a minute, 30 minutes, an hour, a day, a week.
            static const std::vector<std::int64_t> steps = {1,    59,   60,    61,    1799,  1800,  1801,
                                                            3600, 7200, 86399, 86400, 86401, 604800};
            const auto t = parse_timestamp(text_of(base));
            if (!t) return base;
            const std::int64_t step = draw.pick(steps) * (draw.chance(50) ? 1 : -1);
            return format_truncated(TimeUnit::second, *t + seconds(step));
        }
        case Shape::date: {
            static const std::vector<int> steps = {1, 1, 2, 6, 7, 8, 28, 30, 31};
            const auto t = parse_timestamp(text_of(base));
            if (!t) return base;
            const int step = draw.pick(steps) * (draw.chance(50) ? 1 : -1);
            return format_truncated(TimeUnit::day, *t + days(step));
        }
        case Shape::text: return base;
    }
    return base;
}

Value placeholder(Shape shape, std::size_t k) {
    switch (shape) {
        case Shape::integer: return static_cast<std::int64_t>(k + 1);
        case Shape::real: return static_cast<double>(k) + 0.5;
        case Shape::timestamp: return std::string(k % 2 ? "2024-01-01 10:00:00" : "2024-01-01 10:30:00");
        case Shape::date: return std::string(k % 2 ? "2024-01-01" : "2024-01-02");
        case Shape::text: return std::string(1, static_cast<char>('a' + k % 3));
    }
    return Null{};
}

// The query constants a column of this shape can hold (a date constant on a timestamp column
// becomes that midnight).
std::vector<Value> constants_for(const FuzzColumn& col, const std::vector<Value>& constants) {
    std::vector<Value> out;
    for (const auto& v : constants) {
        const auto* s = std::get_if<std::string>(&v);
        switch (col.shape) {
            case Shape::integer:
                if (std::holds_alternative<std::int64_t>(v)) out.push_back(v);
                break;
            case Shape::real:
                if (is_number(v)) out.push_back(as_double(v));
                break;
            case Shape::timestamp:
                if (s && is_timestamp_text(*s)) out.push_back(v);
                else if (s && is_date_text(*s)) out.push_back(*s + " 00:00:00");
                break;
            case Shape::date:
                if (s && is_date_text(*s)) out.push_back(v);
                break;
            case Shape::text:
                // Only strings the column's own data resembles in length: a status, a page name.
                if (s && !col.pool.empty() && !is_date_text(*s) && !is_timestamp_text(*s)) out.push_back(v);
                break;
        }
    }
    return out;
}

Value generic_value(const FuzzColumn& col, const std::vector<Value>& drawn, const std::vector<Value>& constants,
                    Draw& draw) {
    if (!col.not_null && !col.primary_key && draw.chance(10)) return Null{};
    std::vector<Value> pool = col.pool;
    if (pool.empty())
        for (std::size_t k = 0; k < 3; ++k) pool.push_back(placeholder(col.shape, k));
    if (!constants.empty() && draw.chance(10)) {
        const Value& c = draw.pick(constants);
        return draw.chance(50) ? c : perturb(c, col.shape, draw);
    }
    const std::size_t roll = draw.below(100);
    if (roll < 45) return draw.pick(pool);
    std::vector<Value> seen;
    for (const auto& v : drawn)
        if (!is_null(v)) seen.push_back(v);
    if (roll < 65 && !seen.empty()) return draw.pick(seen);  // a tie with a row already drawn
    const Value& base = !seen.empty() && draw.chance(60) ? draw.pick(seen) : draw.pick(pool);
    return perturb(base, col.shape, draw);
}

// Distinct key values: from the pool and just around it, in an order unrelated to the pool's.
std::vector<Value> key_values(const FuzzColumn& col, std::size_t n, Draw& draw) {
    std::vector<Value> out;
    std::vector<Value> pool = col.pool;
    if (pool.empty())
        for (std::size_t k = 0; k < n + 2; ++k) pool.push_back(placeholder(col.shape, k));
    for (std::size_t attempt = 0; out.size() < n && attempt < 20 * n + 20; ++attempt) {
        Value v = draw.chance(70) ? draw.pick(pool) : perturb(draw.pick(pool), col.shape, draw);
        if (col.shape == Shape::text && attempt > 10 * n) v = text_of(v) + std::to_string(attempt);
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
    }
    return out;
}

// Dates and timestamps stay within the datasets' own first..last moment (other values pass).
bool in_time_range(const DatasetProfile& profile, const FuzzColumn& col, const Value& v) {
    if ((col.shape != Shape::date && col.shape != Shape::timestamp) || profile.time_min > profile.time_max) return true;
    const auto t = parse_timestamp(text_of(v));
    if (!t) return true;
    const std::int64_t s = t->time_since_epoch().count();
    return s >= profile.time_min && s <= profile.time_max;
}

void bind_value(sqlite3_stmt* stmt, int i, const Value& v) {
    if (auto n = std::get_if<std::int64_t>(&v)) sqlite3_bind_int64(stmt, i, *n);
    else if (auto d = std::get_if<double>(&v)) sqlite3_bind_double(stmt, i, *d);
    else if (auto s = std::get_if<std::string>(&v))
        sqlite3_bind_text(stmt, i, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    else if (auto b = std::get_if<Blob>(&v))
        sqlite3_bind_blob(stmt, i, b->bytes.data(), static_cast<int>(b->bytes.size()), SQLITE_TRANSIENT);
    else sqlite3_bind_null(stmt, i);
}

// Words of the queries (upper-cased), to tell which tables they read.
std::set<std::string> words_of(const std::vector<std::string>& texts) {
    std::set<std::string> out;
    for (const auto& text : texts)
        for (const auto& tok : tokenize_sql(text)) {
            if (tok.kind == SqlToken::Kind::word) out.insert(tok.upper);
            if (tok.kind == SqlToken::Kind::quoted_identifier && tok.upper.size() > 2) {
                std::string inner = tok.upper.substr(1, tok.upper.size() - 2);
                for (auto& c : inner) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                out.insert(inner);
            }
        }
    return out;
}

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::size_t FuzzedRows::row_count() const {
    std::size_t n = 0;
    for (const auto& t : tables) n += t.size();
    return n;
}

std::string sql_literal(const Value& value) {
    if (auto i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&value)) {
        std::string s = fmt::format("{}", *d);
        if (s.find_first_of(".eEn") == std::string::npos) s += ".0";  // stays REAL when read back
        return s;
    }
    if (auto s = std::get_if<std::string>(&value)) {
        std::string out = "'";
        for (char c : *s) {
            if (c == '\'') out.push_back('\'');
            out.push_back(c);
        }
        return out + "'";
    }
    if (auto b = std::get_if<Blob>(&value)) return to_sql_literal(*b);
    return "NULL";
}

util::Result<DatasetProfile> profile_datasets(const std::vector<Fixture>& datasets,
                                              const std::vector<std::string>& queries) {
    if (datasets.empty()) return util::fail(util::Error::bug("profile_datasets needs a dataset"));
    DatasetProfile profile;
    auto sample = open_copy(datasets.front());
    if (!sample) return util::fail(sample.error());
    sqlite3* db = sample->get();

    for (const auto& row : query(db, "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT "
                                     "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
        profile.schema_sql.push_back(text_of(row[2]));
        if (text_of(row[0]) != "table") continue;
        FuzzTable table;
        table.name = text_of(row[1]);
        const auto info = query(db, fmt::format("PRAGMA table_info({})", quote_name(table.name)));
        std::size_t pk_columns = 0;
        for (const auto& c : info)
            if (std::get_if<std::int64_t>(&c[5]) && std::get<std::int64_t>(c[5]) > 0) ++pk_columns;
        for (const auto& c : info) {
            FuzzColumn col;
            col.name = text_of(c[1]);
            col.not_null = std::get_if<std::int64_t>(&c[3]) && std::get<std::int64_t>(c[3]) != 0;
            col.primary_key = pk_columns == 1 && std::get_if<std::int64_t>(&c[5]) && std::get<std::int64_t>(c[5]) > 0;
            table.columns.push_back(std::move(col));
        }
        profile.tables.push_back(std::move(table));
    }

    // Value pools from every dataset; shapes from the pools and the declared types.
    std::map<std::string, std::vector<Value>> pools;  // "table.column"
    for (const auto& fixture : datasets) {
        auto copy = open_copy(fixture);
        if (!copy) return util::fail(copy.error());
        for (const auto& table : profile.tables)
            for (const auto& col : table.columns) {
                auto& pool = pools[table.name + "." + col.name];
                for (auto& r : query(copy->get(), fmt::format("SELECT DISTINCT {} FROM {} WHERE {} IS NOT NULL LIMIT 200",
                                                              quote_name(col.name), quote_name(table.name),
                                                              quote_name(col.name))))
                    if (std::find(pool.begin(), pool.end(), r[0]) == pool.end()) pool.push_back(std::move(r[0]));
            }
    }
    for (auto& table : profile.tables) {
        const auto info = query(db, fmt::format("PRAGMA table_info({})", quote_name(table.name)));
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            auto& col = table.columns[c];
            col.pool = pools[table.name + "." + col.name];
            col.shape = shape_of(col.pool, text_of(info[c][2]));
            if (col.shape != Shape::date && col.shape != Shape::timestamp) continue;
            for (const auto& v : col.pool) {
                const auto t = parse_timestamp(text_of(v));
                if (!t) continue;
                const std::int64_t first = t->time_since_epoch().count();
                const std::int64_t last = first + (col.shape == Shape::date ? 86399 : 0);
                if (profile.time_min > profile.time_max) profile.time_min = first, profile.time_max = last;
                profile.time_min = std::min(profile.time_min, first);
                profile.time_max = std::max(profile.time_max, last);
            }
        }
    }

    // Parents: declared foreign keys, else a column named like another table's one-column key
    // (orders.user_id → users.user_id, or users.id for a table named user/users).
    auto find_table = [&](std::string_view name) -> std::optional<std::size_t> {
        for (std::size_t t = 0; t < profile.tables.size(); ++t)
            if (lower(profile.tables[t].name) == lower(name)) return t;
        return std::nullopt;
    };
    auto pk_of = [&](std::size_t t) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < profile.tables[t].columns.size(); ++c)
            if (profile.tables[t].columns[c].primary_key) return c;
        return std::nullopt;
    };
    for (std::size_t t = 0; t < profile.tables.size(); ++t) {
        auto& table = profile.tables[t];
        for (const auto& fk : query(db, fmt::format("PRAGMA foreign_key_list({})", quote_name(table.name)))) {
            const auto parent = find_table(text_of(fk[2]));
            if (!parent) continue;
            for (auto& col : table.columns) {
                if (lower(col.name) != lower(text_of(fk[3]))) continue;
                std::optional<std::size_t> target = is_null(fk[4]) ? pk_of(*parent) : std::nullopt;
                for (std::size_t pc = 0; !target && pc < profile.tables[*parent].columns.size(); ++pc)
                    if (lower(profile.tables[*parent].columns[pc].name) == lower(text_of(fk[4]))) target = pc;
                if (target) {
                    col.parent_table = *parent;
                    col.parent_column = *target;
                    col.strict_parent = true;
                    const std::string dangling = fmt::format(
                        "SELECT 1 FROM {} WHERE {} IS NOT NULL AND {} NOT IN (SELECT {} FROM {}) LIMIT 1",
                        quote_name(table.name), quote_name(col.name), quote_name(col.name),
                        quote_name(profile.tables[*parent].columns[*target].name),
                        quote_name(profile.tables[*parent].name));
                    for (const auto& fixture : datasets) {
                        auto copy = open_copy(fixture);
                        if (!copy) return util::fail(copy.error());
                        if (!query(copy->get(), dangling).empty()) col.strict_parent = false;
                    }
                }
            }
        }
        for (auto& col : table.columns) {
            if (col.parent_table || col.primary_key) continue;
            for (std::size_t p = 0; p < profile.tables.size() && !col.parent_table; ++p) {
                if (p == t) continue;
                const auto key = pk_of(p);
                if (!key) continue;
                const std::string key_name = lower(profile.tables[p].columns[*key].name);
                std::string singular = lower(profile.tables[p].name);
                if (singular.ends_with('s')) singular.pop_back();
                if (lower(col.name) == key_name || (key_name == "id" && lower(col.name) == singular + "_id")) {
                    col.parent_table = p;
                    col.parent_column = *key;
                }
            }
        }
    }

    for (const auto& text : queries)
        for (const auto& tok : tokenize_sql(text)) {
            Value v;
            if (tok.kind == SqlToken::Kind::number && tok.upper.size() <= 15 &&
                tok.upper.find_first_not_of("0123456789.") == std::string::npos &&
                std::count(tok.upper.begin(), tok.upper.end(), '.') <= 1 && tok.upper != ".") {
                if (tok.upper.find('.') == std::string::npos) v = static_cast<std::int64_t>(std::stoll(tok.upper));
                else v = std::stod(tok.upper);
            } else if (tok.kind == SqlToken::Kind::string && tok.upper.size() >= 2 && tok.upper.size() <= 42 &&
                       tok.upper.find("''") == std::string::npos && tok.upper.find('%') == std::string::npos) {
                v = tok.upper.substr(1, tok.upper.size() - 2);
            } else {
                continue;
            }
            if (std::find(profile.query_constants.begin(), profile.query_constants.end(), v) ==
                profile.query_constants.end())
                profile.query_constants.push_back(std::move(v));
        }

    // Only the tables the queries read (directly, through a view, or as a parent) get rows.
    std::set<std::string> words = words_of(queries);
    for (const auto& row : query(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'view'"))
        if (words.count(upper(text_of(row[0])))) {
            const auto more = words_of({text_of(row[1])});
            words.insert(more.begin(), more.end());
        }
    for (auto& table : profile.tables) table.fill = words.count(upper(table.name)) > 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& table : profile.tables)
            for (auto& col : table.columns)
                if (table.fill && col.parent_table && !profile.tables[*col.parent_table].fill) {
                    profile.tables[*col.parent_table].fill = true;
                    changed = true;
                }
    }

    // Parents first (a stable topological order; cycles keep their schema order).
    std::vector<std::size_t> order;
    std::vector<bool> placed(profile.tables.size(), false);
    for (std::size_t round = 0; order.size() < profile.tables.size() && round <= profile.tables.size(); ++round)
        for (std::size_t t = 0; t < profile.tables.size(); ++t) {
            if (placed[t]) continue;
            bool ready = round == profile.tables.size();
            if (!ready) {
                ready = true;
                for (const auto& col : profile.tables[t].columns)
                    if (col.parent_table && *col.parent_table != t && !placed[*col.parent_table]) ready = false;
            }
            if (ready) {
                placed[t] = true;
                order.push_back(t);
            }
        }
    std::vector<std::size_t> position(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) position[order[k]] = k;
    std::vector<FuzzTable> sorted;
    for (auto t : order) sorted.push_back(std::move(profile.tables[t]));
    for (auto& table : sorted)
        for (auto& col : table.columns)
            if (col.parent_table) col.parent_table = position[*col.parent_table];
    profile.tables = std::move(sorted);
    return profile;
}

namespace {

// INSERT OR IGNORE of every row through one prepared statement per table, in one transaction;
// rows a constraint refuses are left out (and of `keep_accepted` when given).
util::Result<void> insert_rows(sqlite3* raw, const DatasetProfile& profile, const FuzzedRows& rows,
                               FuzzedRows* keep_accepted) {
    sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
    if (keep_accepted) keep_accepted->tables.assign(profile.tables.size(), {});
    for (std::size_t t = 0; t < profile.tables.size() && t < rows.tables.size(); ++t) {
        if (rows.tables[t].empty()) continue;
        const FuzzTable& table = profile.tables[t];
        std::string names, marks;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            names += (c ? ", " : "") + quote_name(table.columns[c].name);
            marks += c ? ", ?" : "?";
        }
        const std::string sql = fmt::format("INSERT OR IGNORE INTO {} ({}) VALUES ({})", quote_name(table.name), names, marks);
        sqlite3_stmt* stmt_raw = nullptr;
        if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &stmt_raw, nullptr) != SQLITE_OK) {
            const std::string why = sqlite3_errmsg(raw);
            sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
            return util::fail(util::Error::bug(fmt::format("cannot prepare {}: {}", sql, why)));
        }
        Statement stmt(stmt_raw);
        for (const auto& row : rows.tables[t]) {
            sqlite3_reset(stmt_raw);
            for (std::size_t c = 0; c < row.size(); ++c) bind_value(stmt_raw, static_cast<int>(c + 1), row[c]);
            const int rc = sqlite3_step(stmt_raw);
            if (rc == SQLITE_DONE && sqlite3_changes(raw) > 0 && keep_accepted) keep_accepted->tables[t].push_back(row);
        }
    }
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    return {};
}

// The profile's schema with the rows in it, on a plain connection of our own.
util::Result<Database> build_database(const DatasetProfile& profile, const FuzzedRows& rows,
                                      FuzzedRows* keep_accepted) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    if (!raw) return util::fail(util::Error::bug("cannot open an in-memory database"));
    for (const auto& ddl : profile.schema_sql)
        if (sqlite3_exec(raw, ddl.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return util::fail(util::Error::invalid(
                fmt::format("the dataset's schema does not rebuild ({}): {}", sqlite3_errmsg(raw), ddl)));
    if (auto inserted = insert_rows(raw, profile, rows, keep_accepted); !inserted)
        return util::fail(inserted.error());
    return db;
}

}  // namespace

bool refillable(const DatasetProfile& profile) {
    for (const auto& ddl : profile.schema_sql) {
        const std::string head = upper(ddl.substr(0, 200));
        if (head.find("TRIGGER") != std::string::npos) return false;
    }
    return true;
}

namespace {

// refill, and the rows the constraints accepted in `keep_accepted` when given.
util::Result<void> refill_keeping(Sandbox& sandbox, const DatasetProfile& profile, const FuzzedRows& rows,
                                  FuzzedRows* keep_accepted) {
    if (!refillable(profile))
        return util::fail(util::Error::bug("refill: the schema has triggers, which a DELETE would fire"));
    return sandbox.write_trusted([&](sqlite3* db) -> util::Result<void> {
        for (const auto& table : profile.tables) {
            const std::string sql = "DELETE FROM main." + quote_name(table.name);
            if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return util::fail(util::Error::bug(fmt::format("cannot empty {}: {}", table.name, sqlite3_errmsg(db))));
        }
        return insert_rows(db, profile, rows, keep_accepted);
    });
}

}  // namespace

util::Result<FuzzedRows> generate_rows(const DatasetProfile& profile, std::uint64_t seed, Sandbox* scratch) {
    Draw draw(seed * 0x9E3779B97F4A7C15ull + 1);
    FuzzedRows rows;
    rows.tables.resize(profile.tables.size());
    for (std::size_t t = 0; t < profile.tables.size(); ++t) {
        const FuzzTable& table = profile.tables[t];
        if (!table.fill) continue;
        const std::size_t n = draw.chance(4) ? 0 : 1 + draw.below(7);
        std::vector<std::vector<Value>> columns(table.columns.size());
        std::vector<std::vector<Value>> constants(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            constants[c] = constants_for(table.columns[c], profile.query_constants);
        // Keys first, so a column pointing at this same table (manager_id) can use them.
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (table.columns[c].primary_key) {
                columns[c] = key_values(table.columns[c], n, draw);
                std::erase_if(columns[c], [&](const Value& v) { return !in_time_range(profile, table.columns[c], v); });
            }
        const std::size_t count = [&] {
            std::size_t k = n;
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                if (table.columns[c].primary_key) k = std::min(k, columns[c].size());
            return k;
        }();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const FuzzColumn& col = table.columns[c];
            if (col.primary_key) continue;
            for (std::size_t r = 0; r < count; ++r) {
                if (col.parent_table && (col.strict_parent || draw.chance(85))) {
                    const std::size_t p = *col.parent_table;
                    std::vector<Value> keys;
                    if (p == t) {
                        // Only rows drawn earlier: a hierarchy without cycles, as a real org chart.
                        keys.assign(columns[col.parent_column].begin(),
                                    columns[col.parent_column].begin() +
                                        static_cast<std::ptrdiff_t>(std::min(r, columns[col.parent_column].size())));
                    } else {
                        for (const auto& prow : rows.tables[p]) keys.push_back(prow[col.parent_column]);
                    }
                    if (!col.not_null && draw.chance(10)) keys.clear();  // NULL: no parent
                    if (!keys.empty()) {
                        columns[c].push_back(draw.pick(keys));
                        continue;
                    }
                    if (!col.not_null) {
                        columns[c].push_back(Null{});
                        continue;
                    }
                }
                Value v = generic_value(col, columns[c], constants[c], draw);
                for (int retry = 0; retry < 5 && !in_time_range(profile, col, v); ++retry)
                    v = generic_value(col, columns[c], constants[c], draw);
                if (!in_time_range(profile, col, v)) v = col.pool.empty() ? Value{Null{}} : draw.pick(col.pool);
                columns[c].push_back(std::move(v));
            }
        }
        for (std::size_t r = 0; r < count; ++r) {
            Row row;
            for (std::size_t c = 0; c < table.columns.size(); ++c) row.push_back(columns[c][r]);
            rows.tables[t].push_back(std::move(row));
        }
    }
    // Rows the constraints refused may leave a strict reference dangling: drop its children too.
    for (;;) {
        FuzzedRows accepted;
        // Only the accepted rows are wanted: no image of this database (a Fixture) is taken, and
        // with a scratch sandbox not even a new connection (building one and its schema for each
        // database was a fifth of `validate --mutants`).
        if (scratch) {
            auto filled = refill_keeping(*scratch, profile, rows, &accepted);
            if (!filled) return util::fail(filled.error());
        } else {
            auto db = build_database(profile, rows, &accepted);
            if (!db) return util::fail(db.error());
        }
        bool dropped = false;
        for (std::size_t t = 0; t < profile.tables.size(); ++t) {
            for (std::size_t c = 0; c < profile.tables[t].columns.size(); ++c) {
                const FuzzColumn& col = profile.tables[t].columns[c];
                if (!col.strict_parent) continue;
                std::vector<Value> keys;  // a copy: the parent may be this same table
                for (const auto& p : accepted.tables[*col.parent_table]) keys.push_back(p[col.parent_column]);
                const auto before = accepted.tables[t].size();
                std::erase_if(accepted.tables[t], [&](const Row& row) {
                    return !is_null(row[c]) && std::find(keys.begin(), keys.end(), row[c]) == keys.end();
                });
                dropped = dropped || accepted.tables[t].size() != before;
            }
        }
        if (!dropped) return accepted;
        rows = std::move(accepted);
    }
}

util::Result<Fixture> materialize(const DatasetProfile& profile, const FuzzedRows& rows, std::string name,
                                  FuzzedRows* keep_accepted) {
    auto db = build_database(profile, rows, keep_accepted);
    if (!db) return util::fail(db.error());
    return Fixture::capture(db->get(), std::move(name));
}

util::Result<void> refill(Sandbox& sandbox, const DatasetProfile& profile, const FuzzedRows& rows) {
    return refill_keeping(sandbox, profile, rows, nullptr);
}

std::string insert_statements(const DatasetProfile& profile, const FuzzedRows& rows) {
    std::string out;
    for (std::size_t t = 0; t < profile.tables.size() && t < rows.tables.size(); ++t) {
        const FuzzTable& table = profile.tables[t];
        std::string names;
        for (std::size_t c = 0; c < table.columns.size(); ++c) names += (c ? ", " : "") + table.columns[c].name;
        for (const auto& row : rows.tables[t]) {
            std::string values;
            for (std::size_t c = 0; c < row.size(); ++c) values += (c ? ", " : "") + sql_literal(row[c]);
            out += fmt::format("INSERT INTO {} ({}) VALUES ({});\n", table.name, names, values);
        }
    }
    return out;
}

}  // namespace prepl::sql
