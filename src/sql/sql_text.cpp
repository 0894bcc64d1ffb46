#include "sql/sql_text.hpp"

#include <algorithm>
#include <cctype>

namespace prepl::sql {

TextPosition position_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition pos;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            line_start = i + 1;
        }
    }
    pos.column = static_cast<int>(offset - line_start) + 1;
    return pos;
}

std::size_t skip_blank(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            ++i;
        } else if (text.substr(i, 2) == "--") {
            const auto end = text.find('\n', i);
            if (end == std::string_view::npos) return text.size();
            i = end + 1;
        } else if (text.substr(i, 2) == "/*") {
            const auto end = text.find("*/", i + 2);
            if (end == std::string_view::npos) return text.size();
            i = end + 2;
        } else {
            return i;
        }
    }
    return text.size();
}

std::string leading_keyword(std::string_view text) {
    std::string word;
    for (std::size_t i = skip_blank(text); i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!std::isalpha(c)) break;
        word.push_back(static_cast<char>(std::toupper(c)));
    }
    return word;
}

}  // namespace prepl::sql
