#include "sql/dialect.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <new>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "sql/timestamp.hpp"

namespace prepl::sql {
namespace {

// Allocates through sqlite3_malloc64, so the values an aggregate collects count against
// SQLite's hard heap limit like every other byte a query uses.
template <class T>
struct SqliteAllocator {
    using value_type = T;
    SqliteAllocator() = default;
    template <class U>
    SqliteAllocator(const SqliteAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) {
        if (n > std::numeric_limits<std::size_t>::max() / sizeof(T)) throw std::bad_alloc();
        void* p = sqlite3_malloc64(static_cast<sqlite3_uint64>(n * sizeof(T)));
        if (!p) throw std::bad_alloc();
        return static_cast<T*>(p);
    }
    void deallocate(T* p, std::size_t) noexcept { sqlite3_free(p); }
    template <class U>
    bool operator==(const SqliteAllocator<U>&) const noexcept {
        return true;
    }
};

using Values = std::vector<double, SqliteAllocator<double>>;

// The non-NULL values an aggregate (or window frame) has seen, in arrival order.
struct Sample {
    std::deque<double, SqliteAllocator<double>> values;
    double fraction = 0;  // PERCENTILE_CONT only
    bool has_fraction = false;
};

// The Sample behind an aggregate context; created on first use when `create`.
Sample* sample_of(sqlite3_context* ctx, bool create) {
    auto** slot =
        static_cast<Sample**>(sqlite3_aggregate_context(ctx, create ? sizeof(Sample*) : 0));
    if (!slot) return nullptr;
    if (!*slot && create) *slot = new (std::nothrow) Sample;
    return *slot;
}

void free_sample(sqlite3_context* ctx) {
    auto** slot = static_cast<Sample**>(sqlite3_aggregate_context(ctx, 0));
    if (slot && *slot) {
        delete *slot;
        *slot = nullptr;
    }
}

enum class Arg { null, number, not_number };

// Reads a numeric argument; text that looks like a number counts (SQLite's numeric affinity).
Arg numeric_arg(sqlite3_value* v, double& out) {
    switch (sqlite3_value_numeric_type(v)) {
        case SQLITE_NULL:
            return Arg::null;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
            out = sqlite3_value_double(v);
            return Arg::number;
        default:
            return Arg::not_number;
    }
}

const char* function_name(sqlite3_context* ctx) {
    return static_cast<const char*>(sqlite3_user_data(ctx));
}

void not_a_number_error(sqlite3_context* ctx) {
    const std::string message =
        std::string(function_name(ctx)) + "() expects numbers; got a text or blob value";
    sqlite3_result_error(ctx, message.c_str(), -1);
}

// --- the statistic each aggregate computes from its sample --------------------------------

using Statistic = void (*)(sqlite3_context*, const Sample&);

Values sorted_copy(const Sample& s) {
    Values v(s.values.begin(), s.values.end());
    std::sort(v.begin(), v.end());
    return v;
}

// Linear interpolation between closest ranks at position p*(n-1), as PostgreSQL's percentile_cont.
double interpolate(const Values& sorted, double p) {
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const auto upper = std::min(lower + 1, sorted.size() - 1);
    const double weight = position - static_cast<double>(lower);
    if (weight == 0) return sorted[lower];
    return sorted[lower] + weight * (sorted[upper] - sorted[lower]);
}

void median_of(sqlite3_context* ctx, const Sample& s) {
    if (s.values.empty()) return sqlite3_result_null(ctx);
    const Values v = sorted_copy(s);
    const std::size_t n = v.size();
    sqlite3_result_double(ctx, n % 2 == 1 ? v[n / 2] : std::midpoint(v[n / 2 - 1], v[n / 2]));
}

void percentile_of(sqlite3_context* ctx, const Sample& s) {
    if (s.values.empty()) return sqlite3_result_null(ctx);
    sqlite3_result_double(ctx, interpolate(sorted_copy(s), s.fraction));
}

// Corrected two-pass variance (Chan, Golub & LeVeque): the naive sum-of-squares formula loses
// every digit when the mean is large next to the spread. `ddof` is 1 for samples, 0 for
// populations.
std::optional<double> variance(const Sample& s, std::size_t ddof) {
    const std::size_t n = s.values.size();
    if (n <= ddof || n == 0) return std::nullopt;
    double sum = 0;
    for (double x : s.values) sum += x;
    const double mean = sum / static_cast<double>(n);
    double squares = 0, deviations = 0;
    for (double x : s.values) {
        squares += (x - mean) * (x - mean);
        deviations += x - mean;
    }
    const double ss = squares - deviations * deviations / static_cast<double>(n);
    return std::max(0.0, ss) / static_cast<double>(n - ddof);
}

template <std::size_t Ddof, bool Root>
void spread_of(sqlite3_context* ctx, const Sample& s) {
    const auto var = variance(s, Ddof);
    if (!var) return sqlite3_result_null(ctx);
    sqlite3_result_double(ctx, Root ? std::sqrt(*var) : *var);
}

// --- aggregate and window callbacks ---------------------------------------------------------

// Adds the last argument to the sample; for PERCENTILE_CONT the first is the fraction.
void sample_step(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    try {
        Sample* s = sample_of(ctx, true);
        if (!s) return sqlite3_result_error_nomem(ctx);
        if (argc == 2) {
            double p = 0;
            if (numeric_arg(argv[0], p) != Arg::number || !(p >= 0 && p <= 1)) {
                return sqlite3_result_error(
                    ctx, "percentile_cont(p, x): p must be a number between 0 and 1", -1);
            }
            if (s->has_fraction && p != s->fraction) {
                return sqlite3_result_error(
                    ctx, "percentile_cont(p, x): p must be the same on every row", -1);
            }
            s->fraction = p;
            s->has_fraction = true;
        }
        double x = 0;
        switch (numeric_arg(argv[argc - 1], x)) {
            case Arg::null:
                return;
            case Arg::not_number:
                return not_a_number_error(ctx);
            case Arg::number:
                s->values.push_back(x);
                return;
        }
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

// A window frame dropped a row: frames slide forward, so it is almost always the oldest value.
void sample_inverse(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    Sample* s = sample_of(ctx, false);
    double x = 0;
    if (!s || numeric_arg(argv[argc - 1], x) != Arg::number) return;
    const auto it = std::find(s->values.begin(), s->values.end(), x);
    if (it != s->values.end()) s->values.erase(it);
}

template <Statistic Compute>
void sample_value(sqlite3_context* ctx) {
    try {
        const Sample* s = sample_of(ctx, false);
        if (!s) return sqlite3_result_null(ctx);
        Compute(ctx, *s);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

template <Statistic Compute>
void sample_final(sqlite3_context* ctx) {
    sample_value<Compute>(ctx);
    free_sample(ctx);
}

// --- scalar functions -------------------------------------------------------------------------

std::optional<TimeUnit> unit_arg(sqlite3_context* ctx, sqlite3_value* v) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
    const auto unit =
        text ? parse_time_unit({text, static_cast<std::size_t>(sqlite3_value_bytes(v))})
             : std::nullopt;
    if (!unit) {
        const std::string message =
            std::string(function_name(ctx)) + "(): unknown unit '" + (text ? text : "NULL") +
            "'; use year, quarter, month, week, day, hour, minute or second";
        sqlite3_result_error(ctx, message.c_str(), -1);
    }
    return unit;
}

std::optional<std::chrono::sys_seconds> timestamp_arg(sqlite3_context* ctx, sqlite3_value* v) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
    const auto t = text && sqlite3_value_type(v) == SQLITE_TEXT
                       ? parse_timestamp({text, static_cast<std::size_t>(sqlite3_value_bytes(v))})
                       : std::nullopt;
    if (!t) {
        const std::string message = std::string(function_name(ctx)) + "(): '" + (text ? text : "") +
                                    "' is not a date; use 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'";
        sqlite3_result_error(ctx, message.c_str(), -1);
    }
    return t;
}

void date_trunc(sqlite3_context* ctx, int, sqlite3_value** argv) {
    try {
        if (sqlite3_value_type(argv[1]) == SQLITE_NULL) return sqlite3_result_null(ctx);
        const auto unit = unit_arg(ctx, argv[0]);
        if (!unit) return;
        const auto t = timestamp_arg(ctx, argv[1]);
        if (!t) return;
        const std::string text = format_truncated(*unit, *t);
        sqlite3_result_text(ctx, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

void datediff(sqlite3_context* ctx, int, sqlite3_value** argv) {
    try {
        if (sqlite3_value_type(argv[1]) == SQLITE_NULL ||
            sqlite3_value_type(argv[2]) == SQLITE_NULL) {
            return sqlite3_result_null(ctx);
        }
        const auto unit = unit_arg(ctx, argv[0]);
        if (!unit) return;
        const auto a = timestamp_arg(ctx, argv[1]);
        if (!a) return;
        const auto b = timestamp_arg(ctx, argv[2]);
        if (!b) return;
        sqlite3_result_int64(ctx, boundaries_between(*unit, *a, *b));
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

// SQLite's cross-type order: numbers < text < blob; numbers by value, text and blobs bytewise.
int compare_values(sqlite3_value* a, sqlite3_value* b) {
    const auto rank = [](int type) {
        return type == SQLITE_TEXT ? 1 : type == SQLITE_BLOB ? 2 : 0;
    };
    const int ta = sqlite3_value_type(a), tb = sqlite3_value_type(b);
    if (rank(ta) != rank(tb)) return rank(ta) < rank(tb) ? -1 : 1;
    if (rank(ta) == 0) {
        if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER) {
            const auto x = sqlite3_value_int64(a), y = sqlite3_value_int64(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        const double x = sqlite3_value_double(a), y = sqlite3_value_double(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    const void* pa =
        ta == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
    const void* pb =
        tb == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
    const int na = sqlite3_value_bytes(a), nb = sqlite3_value_bytes(b);
    const int common = std::min(na, nb);
    const int c = common > 0 ? std::memcmp(pa, pb, static_cast<std::size_t>(common)) : 0;
    if (c != 0) return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

// GREATEST/LEAST follow PostgreSQL: NULL arguments are ignored; NULL only when all are NULL.
template <int Sign>
void extreme(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    if (argc == 0) {
        const std::string message =
            std::string(function_name(ctx)) + "() needs at least one argument";
        return sqlite3_result_error(ctx, message.c_str(), -1);
    }
    sqlite3_value* best = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) continue;
        if (!best || Sign * compare_values(argv[i], best) > 0) best = argv[i];
    }
    if (best)
        sqlite3_result_value(ctx, best);
    else
        sqlite3_result_null(ctx);
}

constexpr int k_flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

struct AggregateDef {
    const char* name;
    int args;
    void (*value)(sqlite3_context*);
    void (*final)(sqlite3_context*);
};

struct ScalarDef {
    const char* name;
    int args;
    void (*call)(sqlite3_context*, int, sqlite3_value**);
};

const AggregateDef k_aggregates[] = {
    {"median", 1, sample_value<median_of>, sample_final<median_of>},
    {"percentile_cont", 2, sample_value<percentile_of>, sample_final<percentile_of>},
    {"stddev", 1, sample_value<spread_of<1, true>>, sample_final<spread_of<1, true>>},
    {"stddev_samp", 1, sample_value<spread_of<1, true>>, sample_final<spread_of<1, true>>},
    {"stddev_pop", 1, sample_value<spread_of<0, true>>, sample_final<spread_of<0, true>>},
    {"variance", 1, sample_value<spread_of<1, false>>, sample_final<spread_of<1, false>>},
    {"var_samp", 1, sample_value<spread_of<1, false>>, sample_final<spread_of<1, false>>},
    {"var_pop", 1, sample_value<spread_of<0, false>>, sample_final<spread_of<0, false>>},
};

const ScalarDef k_scalars[] = {
    {"date_trunc", 2, date_trunc},
    {"datediff", 3, datediff},
    {"greatest", -1, extreme<1>},
    {"least", -1, extreme<-1>},
};

}  // namespace

int register_dialect_functions(sqlite3* db) {
    // The function's own name is its user data, for error messages.
    for (const auto& f : k_aggregates) {
        const int rc =
            sqlite3_create_window_function(db, f.name, f.args, k_flags, const_cast<char*>(f.name),
                                           sample_step, f.final, f.value, sample_inverse, nullptr);
        if (rc != SQLITE_OK) return rc;
    }
    for (const auto& f : k_scalars) {
        const int rc =
            sqlite3_create_function_v2(db, f.name, f.args, k_flags, const_cast<char*>(f.name),
                                       f.call, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}

const std::vector<std::string_view>& dialect_function_names() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> all;
        for (const auto& f : k_aggregates) all.emplace_back(f.name);
        for (const auto& f : k_scalars) all.emplace_back(f.name);
        return all;
    }();
    return names;
}

}  // namespace prepl::sql
