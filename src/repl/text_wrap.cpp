#include "repl/text_wrap.hpp"

#include "repl/table_render.hpp"

namespace prepl::repl {
namespace {

std::string wrap_line(const std::string& line, std::size_t width) {
    const std::size_t indent_end = line.find_first_not_of(' ');
    if (indent_end == std::string::npos) return line;
    std::string indent = line.substr(0, indent_end);
    if (line.compare(indent_end, 2, "- ") == 0) indent += "  ";
    std::string out, current = line.substr(0, indent_end);
    std::size_t current_width = indent_end;
    bool first_word = true;
    std::size_t pos = indent_end;
    while (pos < line.size()) {
        std::size_t end = line.find(' ', pos);
        if (end == std::string::npos) end = line.size();
        const std::string word = line.substr(pos, end - pos);
        const std::size_t w = display_width(word);
        if (!first_word && current_width + 1 + w > width) {
            out += current + "\n";
            current = indent + word;
            current_width = display_width(indent) + w;
        } else {
            if (!first_word) {
                current += ' ';
                ++current_width;
            }
            current += word;
            current_width += w;
        }
        first_word = false;
        pos = end + 1;
    }
    return out + current;
}

}  // namespace

std::string wrap_prose(const std::string& text, std::size_t width) {
    if (width == 0) return text;
    std::string out;
    bool fenced = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        const bool fence = line.starts_with("```");
        if (fence) fenced = !fenced;
        const bool keep = fenced || fence || line.starts_with("|") || display_width(line) <= width;
        out += keep ? line : wrap_line(line, width);
        if (end == std::string::npos) break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace prepl::repl
