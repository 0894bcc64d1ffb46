#include "util/terminal_text.hpp"

#include <fmt/format.h>

namespace prepl::util {
namespace {

// Length of the valid UTF-8 sequence at s[i] (its code point in `cp`), or 0 when invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    const std::size_t len = lead < 0x80           ? 1
                            : (lead >> 5) == 0x6  ? 2
                            : (lead >> 4) == 0xE  ? 3
                            : (lead >> 3) == 0x1E ? 4
                                                  : 0;
    if (len == 0 || i + len > s.size()) return 0;
    char32_t value = len == 1   ? lead
                     : len == 2 ? (lead & 0x1F)
                     : len == 3 ? (lead & 0x0F)
                                : (lead & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    static constexpr char32_t k_min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < k_min[len] || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return 0;
    cp = value;
    return len;
}

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0); }

// Length of a colour code (SGR) starting at text[i], or 0: ESC '[' then up to 16 digits or ';'
// then 'm'.
std::size_t sgr_length(std::string_view text, std::size_t i) {
    if (text.compare(i, 2, "\x1b[") != 0) return 0;
    for (std::size_t k = i + 2; k < text.size() && k < i + 2 + 16; ++k) {
        const char c = text[k];
        if (c == 'm') return k + 1 - i;
        if (!((c >= '0' && c <= '9') || c == ';')) return 0;
    }
    return 0;
}

std::string escape(std::string_view text, bool keep_layout, bool keep_sgr) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (keep_sgr) {
            if (const std::size_t n = sgr_length(text, i)) {
                out.append(text, i, n);
                i += n;
                continue;
            }
        }
        char32_t cp = 0;
        const std::size_t len = utf8_sequence(text, i, cp);
        if (len == 0) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        if (is_control(cp)) {
            if (cp == '\n')
                out += keep_layout ? "\n" : "\\n";
            else if (cp == '\t')
                out += keep_layout ? "\t" : "\\t";
            else
                out += fmt::format("\\x{:02X}", static_cast<unsigned>(cp));
        } else {
            out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

}  // namespace

std::string escape_controls(std::string_view text, bool keep_layout) {
    return escape(text, keep_layout, false);
}

std::string escape_output(std::string_view text) { return escape(text, true, true); }

}  // namespace prepl::util
