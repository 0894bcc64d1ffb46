#include "repl/line_reader.hpp"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <editline/readline.h>

namespace prepl::repl {
namespace {

class StreamReader final : public LineReader {
public:
    explicit StreamReader(std::istream& in) : m_in(in) {}
    std::optional<std::string> read_line(const std::string&, bool& interrupted) override {
        interrupted = false;
        std::string line;
        if (!std::getline(m_in, line)) return std::nullopt;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }

private:
    std::istream& m_in;
};

// libedit's readline keeps global state, so one reader at a time holds it.
Completer g_completer;
std::vector<std::string> g_matches;
std::size_t g_match_index = 0;

char* next_match(const char*, int state) {
    if (state == 0) g_match_index = 0;
    if (g_match_index >= g_matches.size()) return nullptr;
    return ::strdup(g_matches[g_match_index++].c_str());
}

char** complete(const char* text, int start, int) {
    rl_attempted_completion_over = 1;  // never fall back to file names
    if (!g_completer) return nullptr;
    g_matches = g_completer(std::string(rl_line_buffer, static_cast<std::size_t>(start)), text);
    if (g_matches.empty()) return nullptr;
    return rl_completion_matches(text, next_match);
}

class TerminalReader final : public LineReader {
public:
    TerminalReader(std::string history_file, Completer completer) : m_history_file(std::move(history_file)) {
        g_completer = std::move(completer);
        rl_readline_name = const_cast<char*>("prepl");
        rl_attempted_completion_function = complete;
        rl_completer_word_break_characters = const_cast<char*>(" \t\n,;()=<>+-*/|.");
        using_history();
        stifle_history(2000);  // as the sqlite3 shell
        if (!m_history_file.empty()) read_history(m_history_file.c_str());
    }
    ~TerminalReader() override {
        if (m_history_file.empty()) return;
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(m_history_file).parent_path(), ec);
        write_history(m_history_file.c_str());
    }

    std::optional<std::string> read_line(const std::string& prompt, bool& interrupted) override {
        interrupted = false;
        char* raw = readline(prompt.c_str());
        if (!raw) return std::nullopt;
        std::string line(raw);
        std::free(raw);
        return line;
    }

    void add_history(const std::string& entry) override {
        // One history entry per statement, multi-line included; over-long input is not kept.
        if (entry.empty() || entry.size() > 100 * 1024) return;
        ::add_history(entry.c_str());
    }

private:
    std::string m_history_file;
};

}  // namespace

std::unique_ptr<LineReader> make_stream_reader(std::istream& in) { return std::make_unique<StreamReader>(in); }

std::unique_ptr<LineReader> make_terminal_reader(const std::string& history_file, Completer completer) {
    return std::make_unique<TerminalReader>(history_file, std::move(completer));
}

}  // namespace prepl::repl
