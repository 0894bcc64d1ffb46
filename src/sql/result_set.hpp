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
// A blob as lower-case hex digits, and as the SQL literal x'..' that shows it in results.
inline std::string to_hex(const Blob& blob) {
    static constexpr char k_digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(blob.bytes.size() * 2);
    for (unsigned char c : blob.bytes) {
        hex += k_digits[c >> 4];
        hex += k_digits[c & 0xF];
    }
    return hex;
}
inline std::string to_sql_literal(const Blob& blob) { return "x'" + to_hex(blob) + "'"; }

// Numeric value of an INTEGER or REAL cell; callers check is_number first.
inline double as_double(const Value& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    return std::get<double>(v);
}

}  // namespace prepl::sql
