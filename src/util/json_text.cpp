#include "util/json_text.hpp"

#include <fmt/format.h>

namespace prepl::util {
namespace {

struct TooDeep {};  // thrown from the parser callback, caught below; never escapes parse_json

}  // namespace

std::expected<nlohmann::json, JsonParseError> parse_json(std::string_view text, int max_nesting) {
    using json = nlohmann::json;
    // nlohmann's callback sees the depth of every value as it starts: the cheapest bound the
    // library offers, and it stops the parse at the first level too deep.
    const json::parser_callback_t bound = [max_nesting](int depth, json::parse_event_t event,
                                                        json&) {
        if ((event == json::parse_event_t::object_start ||
             event == json::parse_event_t::array_start) &&
            depth >= max_nesting) {
            throw TooDeep{};
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), bound);
    } catch (const TooDeep&) {
        // Where: the first bracket past the limit, found again by a plain scan outside strings.
        int depth = 0;
        bool in_string = false, escaped = false;
        std::size_t at = 0;
        for (; at < text.size(); ++at) {
            const char c = text[at];
            if (in_string) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max_nesting) break;
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        return std::unexpected(JsonParseError{
            fmt::format("nested more than {} levels deep (arrays and objects inside one another)",
                        max_nesting),
            at});
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos)
            what = what.substr(pos);
        return std::unexpected(
            JsonParseError{shorten(what, 2 * k_max_quoted_bytes), e.byte == 0 ? 0 : e.byte - 1});
    } catch (const json::exception& e) {
        return std::unexpected(JsonParseError{shorten(e.what(), 2 * k_max_quoted_bytes), 0});
    }
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t cut = max_bytes;
    // Back off continuation bytes so a multi-byte character is never split.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "…";
}

}  // namespace prepl::util
