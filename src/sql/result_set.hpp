#pragma once
// A query's result as plain values, detached from any sqlite3 handle.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace prepl::sql {

struct Null {
    bool operator==(const Null&) const = default;
};
struct Blob {
    std::string bytes;
    bool operator==(const Blob&) const = default;
};

// One cell: SQLite's five storage classes.
using Value = std::variant<Null, std::int64_t, double, std::string, Blob>;
using Row = std::vector<Value>;

struct ResultSet {
    std::vector<std::string> columns;
    std::vector<Row> rows;
};

inline bool is_null(const Value& v) { return std::holds_alternative<Null>(v); }
inline bool is_number(const Value& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}
// Numeric value of an INTEGER or REAL cell; callers check is_number first.
inline double as_double(const Value& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    return std::get<double>(v);
}

}  // namespace prepl::sql
