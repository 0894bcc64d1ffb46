#include "sql/sql_tokenizer.hpp"

#include <cctype>

namespace prepl::sql {
namespace {

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80; }

// Offset just past a quoted run starting at `i` (text[i] is the opening quote); a doubled
// closing quote is an escaped one.
std::size_t skip_quoted(std::string_view text, std::size_t i, char close) {
    ++i;
    while (i < text.size()) {
        if (text[i] == close) {
            if (close != ']' && i + 1 < text.size() && text[i + 1] == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

std::size_t skip_number(std::string_view text, std::size_t i) {
    auto digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
    if (text[i] == '0' && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
        i += 2;
        while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) ++i;
        return i;
    }
    while (digit(i) || (i < text.size() && text[i] == '_' && digit(i + 1))) ++i;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (digit(i)) ++i;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t k = i + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-')) ++k;
        if (digit(k)) {
            i = k;
            while (digit(i)) ++i;
        }
    }
    return i;
}

}  // namespace

std::vector<SqlToken> tokenize_sql(std::string_view text) {
    std::vector<SqlToken> tokens;
    int depth = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            ++i;
            continue;
        }
        if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
            while (i < text.size() && text[i] != '\n') ++i;
            continue;
        }
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const auto close = text.find("*/", i + 2);
            i = close == std::string_view::npos ? text.size() : close + 2;
            continue;
        }
        SqlToken token;
        token.begin = i;
        std::size_t end = i + 1;
        if ((c == 'x' || c == 'X') && i + 1 < text.size() && text[i + 1] == '\'') {
            token.kind = SqlToken::Kind::blob;
            end = skip_quoted(text, i + 1, '\'');
        } else if (is_ident_start(c)) {
            while (end < text.size() && is_ident_char(static_cast<unsigned char>(text[end]))) ++end;
            token.kind = SqlToken::Kind::word;
        } else if (c == '\'') {
            token.kind = SqlToken::Kind::string;
            end = skip_quoted(text, i, '\'');
        } else if (c == '"' || c == '`') {
            token.kind = SqlToken::Kind::quoted_identifier;
            end = skip_quoted(text, i, static_cast<char>(c));
        } else if (c == '[') {
            token.kind = SqlToken::Kind::quoted_identifier;
            end = skip_quoted(text, i, ']');
        } else if (std::isdigit(c) || (c == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
            token.kind = SqlToken::Kind::number;
            end = skip_number(text, i);
        } else if (c == '?' || c == ':' || c == '@' || c == '$') {
            token.kind = SqlToken::Kind::parameter;
            while (end < text.size() && is_ident_char(static_cast<unsigned char>(text[end]))) ++end;
        } else {
            token.kind = SqlToken::Kind::op;
            const std::string_view rest = text.substr(i);
            for (std::string_view two : {"->>", "||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"}) {
                if (rest.starts_with(two)) {
                    end = i + two.size();
                    break;
                }
            }
        }
        token.end = end;
        const std::string_view raw = text.substr(i, end - i);
        if (token.kind == SqlToken::Kind::word || token.kind == SqlToken::Kind::op) {
            token.upper.reserve(raw.size());
            for (char ch : raw) token.upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
        } else {
            token.upper = std::string(raw);
        }
        if (token.is_op(")") && depth > 0) --depth;
        token.depth = depth;
        if (token.is_op("(")) ++depth;
        tokens.push_back(std::move(token));
        i = end;
    }
    return tokens;
}

}  // namespace prepl::sql
