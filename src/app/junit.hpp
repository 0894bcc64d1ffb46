#pragma once
// JUnit XML for CI systems (`--format junit`): one <testcase> per problem.
#include <string>
#include <vector>

namespace prepl::app {

struct JunitCase {
    std::string name;
    std::string status;  // "accepted"/"ok" pass; "rejected"/"failed" a <failure>; "error" an <error>
    std::string message;
};

std::string render_junit(const std::string& suite, const std::vector<JunitCase>& cases);

}  // namespace prepl::app
