#include "stats/args.hpp"

#include <fmt/format.h>

namespace prepl::stats {

const Arg* ArgReader::find(std::string_view key) {
    auto it = m_args.find(key);
    if (it == m_args.end()) {
        record(util::Error::invalid(fmt::format("missing input '{}'", key)));
        return nullptr;
    }
    return &it->second;
}

void ArgReader::record(util::Error error) {
    if (!m_first_error) m_first_error = std::move(error);
}

double ArgReader::number(std::string_view key) {
    const Arg* arg = find(key);
    if (arg == nullptr) return 0.0;
    if (const auto* value = std::get_if<double>(arg)) return *value;
    record(util::Error::invalid(fmt::format("{} must be a single number, not a list", key)));
    return 0.0;
}

Vector ArgReader::vector(std::string_view key) {
    const Arg* arg = find(key);
    if (arg == nullptr) return {};
    if (const auto* values = std::get_if<Vector>(arg)) return *values;
    if (const auto* value = std::get_if<double>(arg)) return Vector{*value};
    record(util::Error::invalid(fmt::format("{} must be a list of numbers, not a table", key)));
    return {};
}

Matrix ArgReader::matrix(std::string_view key) {
    const Arg* arg = find(key);
    if (arg == nullptr) return {};
    if (const auto* rows = std::get_if<Matrix>(arg)) return *rows;
    record(util::Error::invalid(
        fmt::format("{} must be a table of rows (e.g. {}=10,20;30,40)", key, key)));
    return {};
}

}  // namespace prepl::stats
