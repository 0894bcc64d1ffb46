#include "bank/problem_schema.hpp"

#include <algorithm>
#include <memory>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

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

const valijson::Schema& bundled_schema() {
    // Parsed once; the text is compiled in and covered by a test, so a failure here is a bug.
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser;
        const auto doc = nlohmann::json::parse(bundled_schema_text());
        valijson::adapters::NlohmannJsonAdapter adapter(doc);
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
    while (results.popError(error)) violations.push_back({to_pointer(error.context), error.description});
    // valijson lists the enclosing failures ("failed to validate against allOf") after the
    // specific one; put the deepest pointer first so the first line is the actionable one.
    std::stable_sort(violations.begin(), violations.end(), [](const auto& a, const auto& b) {
        return a.pointer.size() > b.pointer.size();
    });
    return violations;
}

}  // namespace prepl::bank
