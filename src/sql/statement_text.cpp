#include "sql/statement_text.hpp"

#include <string>

#include <sqlite3.h>

namespace prepl::sql {

bool is_complete_statement(std::string_view text) {
    const std::string copy(text);  // sqlite3_complete needs a NUL-terminated string
    return sqlite3_complete(copy.c_str()) != 0;
}

}  // namespace prepl::sql
