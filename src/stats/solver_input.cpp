#include "stats/solver_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace prepl::stats {
namespace {

std::string_view trim(std::string_view text) { return util::trim_view(text); }

const InputSpec* find_input(const SolverInfo& solver, std::string_view key) {
    for (const auto& input : solver.inputs)
        if (input.name == key) return &input;
    return nullptr;
}

util::Error unknown_key(const SolverInfo& solver, std::string_view key) {
    std::vector<std::string> names;
    for (const auto& input : solver.inputs) names.push_back(input.name);
    const auto close = util::closest_matches(key, names, 3);
    std::string message = fmt::format("{} has no input '{}'", solver.name, key);
    if (!close.empty()) message += fmt::format(" (did you mean {}?)", fmt::join(close, ", "));
    message += fmt::format("; inputs: {}", fmt::join(names, ", "));
    return util::Error::invalid(std::move(message));
}

util::Result<double> parse_number(std::string_view key, std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return util::fail(
            util::Error::invalid(fmt::format("{} must be a number, got '{}'", key, text)));
    return value;
}

util::Result<Vector> parse_list(std::string_view key, std::string_view text) {
    Vector values;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        auto value = parse_number(key, text.substr(start, comma - start));
        if (!value) return util::fail(value.error());
        values.push_back(*value);
        if (comma == std::string_view::npos) return values;
        start = comma + 1;
    }
}

util::Result<Matrix> parse_table(std::string_view key, std::string_view text) {
    Matrix rows;
    std::size_t start = 0;
    while (true) {
        const std::size_t semicolon = text.find(';', start);
        auto row = parse_list(key, text.substr(start, semicolon - start));
        if (!row) return util::fail(row.error());
        rows.push_back(std::move(*row));
        if (semicolon == std::string_view::npos) return rows;
        start = semicolon + 1;
    }
}

util::Result<Arg> parse_value(const InputSpec& input, std::string_view text) {
    switch (input.type) {
        case InputSpec::Type::number:
            if (text.find_first_of(",;") != std::string_view::npos)
                return util::fail(util::Error::invalid(
                    fmt::format("{} must be a single number, got '{}'", input.name, text)));
            return parse_number(input.name, text);
        case InputSpec::Type::vector:
            if (text.find(';') != std::string_view::npos)
                return util::fail(util::Error::invalid(fmt::format(
                    "{} must be a list like 1,2,3 (no ';'), got '{}'", input.name, text)));
            return parse_list(input.name, text);
        case InputSpec::Type::matrix:
            return parse_table(input.name, text);
    }
    return util::fail(util::Error::bug("unhandled input type"));
}

bool all_finite(const Arg& arg) {
    if (const auto* value = std::get_if<double>(&arg)) return std::isfinite(*value);
    if (const auto* values = std::get_if<Vector>(&arg))
        return std::all_of(values->begin(), values->end(),
                           [](double x) { return std::isfinite(x); });
    const auto& rows = std::get<Matrix>(arg);
    return std::all_of(rows.begin(), rows.end(), [](const Vector& row) {
        return std::all_of(row.begin(), row.end(), [](double x) { return std::isfinite(x); });
    });
}

std::string_view type_phrase(InputSpec::Type type) {
    switch (type) {
        case InputSpec::Type::number:
            return "a single number";
        case InputSpec::Type::vector:
            return "a list of numbers";
        case InputSpec::Type::matrix:
            return "a table of rows of numbers";
    }
    return "a value";
}

util::Result<Arg> json_value(const InputSpec& input, const nlohmann::json& value) {
    const auto wrong = [&] {
        return util::fail(util::Error::invalid(fmt::format("{} must be {}, got {}", input.name,
                                                           type_phrase(input.type), value.dump())));
    };
    const auto numbers = [](const nlohmann::json& list) -> std::optional<Vector> {
        if (!list.is_array()) return std::nullopt;
        Vector out;
        for (const auto& item : list) {
            if (!item.is_number()) return std::nullopt;
            out.push_back(item.get<double>());
        }
        return out;
    };
    if (value.is_number()) {
        if (input.type == InputSpec::Type::matrix) return wrong();
        return Arg{value.get<double>()};
    }
    if (input.type == InputSpec::Type::vector) {
        if (auto list = numbers(value)) return Arg{std::move(*list)};
        return wrong();
    }
    if (input.type == InputSpec::Type::matrix && value.is_array()) {
        Matrix rows;
        for (const auto& row : value) {
            auto list = numbers(row);
            if (!list) return wrong();
            rows.push_back(std::move(*list));
        }
        return Arg{std::move(rows)};
    }
    return wrong();
}

}  // namespace

util::Result<Args> complete_args(const SolverInfo& solver, Args args) {
    for (const auto& [key, value] : args) {
        const InputSpec* input = find_input(solver, key);
        if (input == nullptr) return util::fail(unknown_key(solver, key));
        const bool shape_ok =
            value.index() == static_cast<std::size_t>(input->type) ||
            (input->type == InputSpec::Type::vector && std::holds_alternative<double>(value));
        if (!shape_ok)
            return util::fail(
                util::Error::invalid(fmt::format("{} must be {}", key, type_phrase(input->type))));
        if (!all_finite(value))
            return util::fail(util::Error::invalid(
                fmt::format("{} must hold finite numbers (no NaN or infinity)", key)));
    }
    for (const auto& input : solver.inputs) {
        auto it = args.find(input.name);
        if (it == args.end()) {
            if (!input.default_value)
                return util::fail(util::Error::invalid(fmt::format(
                    "{} needs input '{}' ({})", solver.name, input.name, input.description)));
            args.emplace(input.name, *input.default_value);
        } else if (input.type == InputSpec::Type::vector &&
                   std::holds_alternative<double>(it->second)) {
            it->second = Vector{std::get<double>(it->second)};
        }
    }
    return args;
}

util::Result<Args> parse_key_values(const SolverInfo& solver,
                                    const std::vector<std::string>& tokens) {
    Args args;
    for (const auto& token : tokens) {
        const std::size_t equals = token.find('=');
        if (equals == std::string::npos)
            return util::fail(util::Error::invalid(
                fmt::format("expected key=value, got '{}' (e.g. n1=400)", token)));
        const std::string key(trim(std::string_view(token).substr(0, equals)));
        const InputSpec* input = find_input(solver, key);
        if (input == nullptr) return util::fail(unknown_key(solver, key));
        if (args.contains(key))
            return util::fail(util::Error::invalid(fmt::format("{} is given twice", key)));
        auto value = parse_value(*input, std::string_view(token).substr(equals + 1));
        if (!value) return util::fail(value.error());
        args.emplace(key, std::move(*value));
    }
    return complete_args(solver, std::move(args));
}

util::Result<Args> args_from_json(const SolverInfo& solver, const nlohmann::json& object) {
    if (!object.is_object())
        return util::fail(util::Error::invalid(
            fmt::format("{} inputs must be a JSON object, got {}", solver.name, object.dump())));
    Args args;
    for (const auto& [key, value] : object.items()) {
        const InputSpec* input = find_input(solver, key);
        if (input == nullptr) return util::fail(unknown_key(solver, key));
        auto arg = json_value(*input, value);
        if (!arg) return util::fail(arg.error());
        args.emplace(key, std::move(*arg));
    }
    return complete_args(solver, std::move(args));
}

nlohmann::json args_to_json(const Args& args) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, value] : args)
        std::visit([&](const auto& v) { object[key] = v; }, value);
    return object;
}

nlohmann::json outputs_to_json(const Outputs& outputs) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& output : outputs)
        std::visit([&](const auto& v) { object[output.name] = v; }, output.value);
    return object;
}

}  // namespace prepl::stats
