#include "bank/problem_schema.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "util/text.hpp"

namespace prepl::bank {
namespace {

// valijson reports a path as {"<root>", "[compare]", "[order]", "[0]"}; we print JSON pointers.
std::string to_pointer(const std::vector<std::string>& context) {
    std::string pointer;
    for (const auto& part : context) {
        if (part == "<root>") continue;
        std::string token = part;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
            token = token.substr(1, token.size() - 2);
        pointer += '/';
        for (char c : token) {
            if (c == '~') pointer += "~0";
            else if (c == '/') pointer += "~1";
            else pointer += c;
        }
    }
    return pointer;
}

const nlohmann::json& bundled_schema_json() {
    static const nlohmann::json doc = nlohmann::json::parse(bundled_schema_text());
    return doc;
}

// The schema node that describes the value at `pointer` (following properties, items and local
// $refs), or nullptr when the path goes through oneOf/anyOf branches we do not follow.
const nlohmann::json* schema_at(const std::string& pointer) {
    const nlohmann::json& root = bundled_schema_json();
    const nlohmann::json* node = &root;
    auto follow_ref = [&](const nlohmann::json* n) {
        for (int hops = 0; n && n->is_object() && n->contains("$ref") && hops < 8; ++hops) {
            const std::string ref = (*n)["$ref"].get<std::string>();
            if (!ref.starts_with("#")) return static_cast<const nlohmann::json*>(nullptr);
            n = &root.at(nlohmann::json::json_pointer(ref.substr(1)));
        }
        return n;
    };
    std::size_t at = 0;
    while (node && at < pointer.size()) {
        const std::size_t next = pointer.find('/', at + 1);
        const std::string token = pointer.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        at = next == std::string::npos ? pointer.size() : next;
        node = follow_ref(node);
        if (!node || !node->is_object()) return nullptr;
        if (auto p = node->find("properties"); p != node->end() && p->contains(token)) node = &(*p)[token];
        else if (auto i = node->find("items"); i != node->end() && !token.empty() &&
                 token.find_first_not_of("0123456789") == std::string::npos) node = &*i;
        else if (auto a = node->find("additionalProperties"); a != node->end() && a->is_object()) node = &*a;
        else return nullptr;
    }
    return follow_ref(node);
}

std::string join_values(const nlohmann::json& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += ", ";
        out += v.is_string() ? v.get<std::string>() : v.dump();
    }
    return out;
}

// Plain words for valijson's most common messages: the field, what is wrong, what is allowed.
std::string explain(const std::string& pointer, const std::string& message, const nlohmann::json& document) {
    const std::string field = pointer.empty() ? "the problem" : pointer;
    const nlohmann::json* schema = schema_at(pointer);
    if (message.find("enum values") != std::string::npos && schema && schema->contains("enum")) {
        std::string got;
        try {
            got = document.at(nlohmann::json::json_pointer(pointer)).dump();
        } catch (const nlohmann::json::exception&) {
        }
        if (got.size() > 60) got = got.substr(0, 57) + "...";
        return fmt::format("{}: {} is not allowed; use one of: {}", field, got, join_values((*schema)["enum"]));
    }
    const std::string unknown_marker = "additionalProperties' constraints: '";
    if (auto at = message.find(unknown_marker); at != std::string::npos) {
        std::string name = message.substr(at + unknown_marker.size());
        if (auto end = name.find('\''); end != std::string::npos) name.resize(end);
        std::string allowed;
        std::vector<std::string> names;
        if (schema && schema->contains("properties"))
            for (const auto& [key, _] : (*schema)["properties"].items()) {
                if (key == "$schema") continue;
                names.push_back(key);
                allowed += (allowed.empty() ? "" : ", ") + key;
            }
        std::string msg = fmt::format("{}: unknown field \"{}\"", field, name);
        if (auto close = util::closest_matches(name, names, 1); !close.empty())
            msg += fmt::format(" (did you mean \"{}\"?)", close.front());
        if (!allowed.empty() && allowed.size() < 400) msg += fmt::format("; allowed fields: {}", allowed);
        return msg;
    }
    if (message.find("Missing required property") != std::string::npos) return field + ": " + message;
    if (message.find("'type' constraint") != std::string::npos && schema && schema->contains("type"))
        return fmt::format("{}: must be of type {}", field, schema->at("type").dump());
    return field + ": " + message;
}

const valijson::Schema& bundled_schema() {
    // Parsed once; the text is compiled in and covered by a test, so a failure here is a bug.
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(bundled_schema_json());
        parser.populateSchema(adapter, *s);
        return s;
    }();
    return *schema;
}

}  // namespace

std::vector<SchemaViolation> check_against_schema(const nlohmann::json& document) {
    // One validator per thread: it caches compiled `pattern` regexes, which dominate the cost
    // of validating a bank (std::regex compilation, measured by scripts/bench).
    thread_local valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(document);
    std::vector<SchemaViolation> violations;
    if (validator.validate(bundled_schema(), adapter, &results)) return violations;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const std::string pointer = to_pointer(error.context);
        violations.push_back({pointer, error.description, explain(pointer, error.description, document)});
    }
    // valijson lists the enclosing failures ("failed to validate against allOf") after the
    // specific one; put the deepest pointer first so the first line is the actionable one.
    std::stable_sort(violations.begin(), violations.end(), [](const auto& a, const auto& b) {
        return a.pointer.size() > b.pointer.size();
    });
    return violations;
}

}  // namespace prepl::bank
