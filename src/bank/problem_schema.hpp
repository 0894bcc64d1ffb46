#pragma once
// Validation of one problem document against problems/schema.json (valijson), compiled in.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace prepl::bank {

struct SchemaViolation {
    std::string pointer;  // JSON pointer of the offending value ("" for the root)
    std::string message;      // valijson's words
    std::string explanation;  // the field, what is wrong and what is allowed, for people
};

// Every violation of the bundled schema, most specific first; empty when the document is valid.
std::vector<SchemaViolation> check_against_schema(const nlohmann::json& document);

// The bundled schema text (problems/schema.json at build time).
const std::string& bundled_schema_text();

}  // namespace prepl::bank
