#include "app/junit.hpp"

#include <fmt/format.h>

namespace prepl::app {
namespace {

std::string xml_escape(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\n': case '\t': out += static_cast<char>(c); break;
            default:
                // XML 1.0 forbids most control characters even escaped.
                if (c < 0x20) out += fmt::format("\\x{:02X}", c);
                else out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace

std::string render_junit(const std::string& suite, const std::vector<JunitCase>& cases) {
    std::size_t failures = 0, errors = 0;
    std::string body;
    for (const auto& c : cases) {
        body += fmt::format("  <testcase classname=\"{}\" name=\"{}\"", xml_escape(suite), xml_escape(c.name));
        if (c.status == "rejected" || c.status == "failed") {
            ++failures;
            body += fmt::format(">\n    <failure message=\"{}\"/>\n  </testcase>\n", xml_escape(c.message));
        } else if (c.status == "error") {
            ++errors;
            body += fmt::format(">\n    <error message=\"{}\"/>\n  </testcase>\n", xml_escape(c.message));
        } else {
            body += "/>\n";
        }
    }
    return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" "
                       "errors=\"{}\">\n{}</testsuite>\n",
                       xml_escape(suite), cases.size(), failures, errors, body);
}

}  // namespace prepl::app
