#include "grade/numeric/answer_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "grade/numeric/expression.hpp"
#include "util/text.hpp"

namespace prepl::grade::numeric {
// A value without arithmetic (the forms parse_number listed first); defined below.
util::Result<double> simple_number(std::string_view input);

namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_separator(char c) {
    return c == ',' || c == ';' || std::isspace(static_cast<unsigned char>(c));
}

util::Error not_a_number(std::string_view text) {
    return util::Error::invalid(
        fmt::format("'{}' is not a number (write e.g. 0.0652, 6.52%, 1/16 or 1,234)", text));
}

// Digits with an optional sign, decimal point and exponent; no "inf", "nan" or hex.
util::Result<double> plain_number(std::string_view text) {
    std::string_view body = text;
    if (!body.empty() && body.front() == '+') body.remove_prefix(1);
    const bool shaped = !body.empty() && std::all_of(body.begin(), body.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' ||
               c == '-' || c == '+';
    }) && std::any_of(body.begin(), body.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
    double value = 0;
    if (shaped) {
        const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value);
        if (ec == std::errc() && end == body.data() + body.size() && std::isfinite(value))
            return value;
    }
    return util::fail(not_a_number(text));
}

// "1,234,567.5" -> "1234567.5"; nullopt when the commas are not thousands groups.
std::optional<std::string> without_thousands(std::string_view text) {
    std::string_view s = text;
    std::string sign;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        sign = s.front();
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    std::string digits;
    std::size_t group = 0;
    bool first = true;
    for (std::size_t start = 0;;) {
        const std::size_t comma = whole.find(',', start);
        const std::string_view part = whole.substr(start, comma - start);
        if (!std::all_of(part.begin(), part.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return std::nullopt;
        if (first ? (part.empty() || part.size() > 3) : part.size() != 3) return std::nullopt;
        digits += part;
        first = false;
        ++group;
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (group < 2) return std::nullopt;
    return sign + digits + std::string(dot == std::string_view::npos ? "" : s.substr(dot));
}

std::vector<std::string> answer_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = util::trim(text.substr(start, end - start));
        if (!line.empty() && line.front() != '#') lines.push_back(line);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

// Where `name=` / `name:` labels start in a line: at the start or after a separator.
struct Label {
    std::size_t start, value_start;
    std::string name;
};
std::vector<Label> labels_in(const std::string& line) {
    std::vector<Label> out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!(std::isalpha(static_cast<unsigned char>(line[i])) || line[i] == '_')) continue;
        if (i > 0 && !is_separator(line[i - 1])) continue;
        std::size_t j = i;
        while (j < line.size() && is_name_char(line[j])) ++j;
        std::size_t k = j;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
        if (k < line.size() && (line[k] == '=' || line[k] == ':')) {
            out.push_back({i, k + 1, line.substr(i, j - i)});
            i = k;
        } else {
            i = j;
        }
    }
    return out;
}

std::string trim_value(std::string_view value) {
    std::string out = util::trim(value);
    while (!out.empty() && (out.back() == ',' || out.back() == ';'))
        out = util::trim(out.substr(0, out.size() - 1));
    return out;
}

// The values of `lines` split at commas and semicolons, when every piece reads as a value (so
// "1 - (35/36)^27, 0.5" keeps its spaces); empty otherwise.
std::vector<std::string> comma_pieces(const std::vector<std::string>& lines) {
    std::vector<std::string> pieces;
    for (const auto& line : lines) {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= line.size(); ++i) {
            if (i < line.size() && line[i] != ',' && line[i] != ';') continue;
            pieces.push_back(util::trim(std::string_view(line).substr(start, i - start)));
            start = i + 1;
        }
    }
    for (const auto& piece : pieces)
        if (piece.empty() || !parse_number(piece)) return {};
    return pieces;
}

void read_part(GivenPart& part, std::string text) {
    part.text = std::move(text);
    auto value = parse_number(part.text);
    if (value)
        part.value = *value;
    else
        part.problem = value.error().message;
}

}  // namespace

util::Result<double> simple_number(std::string_view input) {
    std::string text = util::trim(input);
    // U+2212 MINUS SIGN, as copied from typeset text.
    for (std::size_t at; (at = text.find("\xE2\x88\x92")) != std::string::npos;)
        text.replace(at, 3, "-");
    if (text.empty()) return util::fail(util::Error::invalid("no value given"));
    if (text.back() == '%') {
        auto value = parse_number(std::string_view(text).substr(0, text.size() - 1));
        if (!value || text.find('%') != text.size() - 1) return util::fail(not_a_number(text));
        return *value / 100;
    }
    if (const std::size_t slash = text.find('/'); slash != std::string::npos) {
        auto numerator = plain_number(util::trim(std::string_view(text).substr(0, slash)));
        auto denominator = plain_number(util::trim(std::string_view(text).substr(slash + 1)));
        if (!numerator || !denominator) return util::fail(not_a_number(text));
        if (*denominator == 0)
            return util::fail(util::Error::invalid(fmt::format("'{}' divides by zero", text)));
        // 1e308/1e-308 overflows to +inf: not a finite number (issue 9 item 8).
        if (!std::isfinite(*numerator / *denominator))
            return util::fail(util::Error::invalid(fmt::format("'{}' is not a finite number", text)));
        return *numerator / *denominator;
    }
    if (text.find(',') != std::string::npos) {
        auto plain = without_thousands(text);
        if (!plain)
            return util::fail(
                util::Error::invalid(fmt::format("'{}' is not a number: commas must separate "
                                                 "thousands (1,234.5); use '.' for decimals",
                                                 text)));
        return plain_number(*plain);
    }
    return plain_number(text);
}

util::Result<double> parse_number(std::string_view input) {
    auto simple = simple_number(input);
    if (simple) return simple;
    // A fraction that overflows is already judged; arithmetic would only say it less plainly.
    if (simple.error().message.find("is not a finite number") != std::string::npos) return simple;
    std::string text = util::trim(input);
    for (std::size_t at; (at = text.find("\xE2\x88\x92")) != std::string::npos;)
        text.replace(at, 3, "-");
    // Arithmetic as typed from a worked answer: 1 - (35/36)^27, 2*(1 - 0.9713), sqrt(2)/4.
    const bool arithmetic = text.find_first_of("+-*/^()") != std::string::npos &&
                            text.find_first_of("=:,;") == std::string::npos;
    if (!arithmetic) return simple;
    auto expression = Expression::parse(text);
    if (!expression)
        return util::fail(util::Error::invalid(fmt::format(
            "'{}' is neither a number nor arithmetic prepl can evaluate ({}); use numbers, + - * / "
            "^, parentheses and sqrt, exp, log",
            text, expression.error().message)));
    if (auto names = expression->names(); !names.empty())
        return util::fail(util::Error::invalid(fmt::format(
            "'{}' uses the name {}: an answer's arithmetic may use only numbers", text,
            names.front())));
    auto value = expression->evaluate(ParamSet{});
    if (!value)
        return util::fail(util::Error::invalid(
            fmt::format("'{}' cannot be evaluated: {}", text, value.error().message)));
    // 1e308/1e-308 overflows to +inf: an answer must be a finite number (issue 9 item 8).
    if (!std::isfinite(*value))
        return util::fail(util::Error::invalid(fmt::format("'{}' is not a finite number", text)));
    return *value;
}

std::optional<std::pair<std::string, std::string>> split_interval(std::string_view input) {
    std::string text = util::trim(input);
    for (std::size_t at; (at = text.find("\xE2\x88\x92")) != std::string::npos;)
        text.replace(at, 3, "-");
    if (text.size() >= 2 && (text.front() == '(' || text.front() == '[') &&
        (text.back() == ')' || text.back() == ']'))
        text = util::trim(std::string_view(text).substr(1, text.size() - 2));
    const auto both = [](const std::string& a, const std::string& b)
        -> std::optional<std::pair<std::string, std::string>> {
        const std::string left = util::trim(a), right = util::trim(b);
        if (simple_number(left) && simple_number(right)) return std::pair{left, right};
        return std::nullopt;
    };
    // Separators, most explicit first; '-' only between a number's end and the next number.
    for (std::string_view separator : {";", ",", " to ", "\xE2\x80\x93", "\xE2\x80\x94", " - "}) {
        for (std::size_t at = text.find(separator); at != std::string::npos;
             at = text.find(separator, at + 1))
            if (auto pair = both(text.substr(0, at), text.substr(at + separator.size()))) return pair;
    }
    for (std::size_t at = 1; at < text.size(); ++at) {
        if (text[at] != '-') continue;
        const char before = text[at - 1];
        if (!(std::isdigit(static_cast<unsigned char>(before)) || before == '.' || before == '%'))
            continue;
        if (auto pair = both(text.substr(0, at), text.substr(at + 1))) return pair;
    }
    return std::nullopt;
}

ParsedAnswer parse_answer(std::string_view text, const std::vector<std::string>& names) {
    ParsedAnswer out;
    out.parts.resize(names.size());
    const std::vector<std::string> lines = answer_lines(text);
    const auto index_of = [&](const std::string& name) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (util::to_lower(names[i]) == util::to_lower(name)) return i;
        return std::nullopt;
    };
    const std::string expected = util::join(names, ", ");

    const bool named = std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
        auto labels = labels_in(line);
        return !labels.empty() && labels.front().start == 0;
    });
    if (named) {
        for (std::size_t l = 0; l < lines.size(); ++l) {
            const auto labels = labels_in(lines[l]);
            if (labels.empty() || labels.front().start != 0) {
                out.problem = fmt::format(
                    "'{}' has no name: write name=value for every part ({}), or give only the "
                    "values in that order",
                    lines[l], expected);
                return out;
            }
            for (std::size_t k = 0; k < labels.size(); ++k) {
                const auto index = index_of(labels[k].name);
                if (!index) {
                    out.problem = fmt::format("there is no part named '{}'; the parts are {}",
                                              labels[k].name, expected);
                    return out;
                }
                if (!out.parts[*index].text.empty() || out.parts[*index].value) {
                    out.problem = fmt::format("{} is given twice", names[*index]);
                    return out;
                }
                const std::size_t end =
                    k + 1 < labels.size() ? labels[k + 1].start : lines[l].size();
                read_part(out.parts[*index],
                          trim_value(std::string_view(lines[l]).substr(
                              labels[k].value_start, end - labels[k].value_start)));
            }
        }
    } else if (names.size() == 2 && lines.size() == 1 && split_interval(lines[0])) {
        const auto pair = *split_interval(lines[0]);  // "(4.67, 8.19)", "4.67 to 8.19", ...
        read_part(out.parts[0], pair.first);
        read_part(out.parts[1], pair.second);
    } else if (lines.size() == names.size()) {
        for (std::size_t i = 0; i < names.size(); ++i) read_part(out.parts[i], lines[i]);
    } else if (const auto pieces = comma_pieces(lines); pieces.size() == names.size()) {
        for (std::size_t i = 0; i < names.size(); ++i) read_part(out.parts[i], pieces[i]);
    } else {
        std::vector<std::string> tokens;
        std::string token;
        for (char c : util::join(lines, "\n")) {
            if (is_separator(c)) {
                if (!token.empty()) tokens.push_back(std::move(token));
                token.clear();
            } else {
                token += c;
            }
        }
        if (!token.empty()) tokens.push_back(std::move(token));
        if (tokens.size() != names.size()) {
            out.problem =
                tokens.empty()
                    ? fmt::format("no answer given; expected {} value{}: {}", names.size(),
                                  names.size() == 1 ? "" : "s", expected)
                    : fmt::format(
                          "expected {} value{} ({}, in that order) but found {}; or write "
                          "name=value lines",
                          names.size(), names.size() == 1 ? "" : "s", expected, tokens.size());
            return out;
        }
        for (std::size_t i = 0; i < names.size(); ++i) read_part(out.parts[i], tokens[i]);
    }
    for (auto& part : out.parts)
        if (!part.value && part.problem.empty()) part.problem = "missing";
    return out;
}

LineCheck check_answer_line(std::string_view line, const std::vector<std::string>& names) {
    LineCheck out;
    const std::string text = util::trim(line);
    if (text.empty() || text.front() == '#') return out;
    const auto evaluated = [&](const std::string& label, const std::string& value_text) {
        auto value = parse_number(value_text);
        if (!value) {
            out.problem = (label.empty() ? "" : label + ": ") + value.error().message;
            return false;
        }
        if (!simple_number(value_text))  // arithmetic: say what it came to
            out.notes.push_back(fmt::format("{}{} = {}", label.empty() ? "" : label + " = ",
                                            value_text, format_significant(*value, 6)));
        return true;
    };
    const auto labels = labels_in(text);
    if (!labels.empty() && labels.front().start == 0) {
        for (std::size_t k = 0; k < labels.size(); ++k) {
            const bool known = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
                return util::to_lower(n) == util::to_lower(labels[k].name);
            });
            if (!known) {
                out.problem = fmt::format("there is no part named '{}'; the parts are {}",
                                          labels[k].name, util::join(names, ", "));
                return out;
            }
            const std::size_t end = k + 1 < labels.size() ? labels[k + 1].start : text.size();
            const std::string value = trim_value(
                std::string_view(text).substr(labels[k].value_start, end - labels[k].value_start));
            if (!evaluated(labels[k].name, value)) return out;
        }
        return out;
    }
    if (parse_number(text)) {
        evaluated("", text);
        return out;
    }
    if (names.size() == 2 && split_interval(text)) return out;
    if (const auto pieces = comma_pieces({text}); !pieces.empty()) {
        for (const auto& piece : pieces) evaluated("", piece);
        return out;
    }
    std::string token;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !is_separator(text[i])) {
            token += text[i];
            continue;
        }
        if (!token.empty() && !evaluated("", token)) return out;
        token.clear();
    }
    return out;
}

}  // namespace prepl::grade::numeric
