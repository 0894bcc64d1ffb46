#pragma once
// Where the shell's lines come from: libedit on a terminal, a stream otherwise.
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace prepl::repl {

class LineReader {
public:
    virtual ~LineReader() = default;
    // The next line without its newline; nullopt at end of input. `interrupted` is set when
    // Ctrl-C was pressed at the prompt (the caller discards its buffer).
    virtual std::optional<std::string> read_line(const std::string& prompt, bool& interrupted) = 0;
    virtual void add_history(const std::string& entry) { (void)entry; }
};

// Candidates for tab completion of `word` given the whole line so far.
using Completer = std::function<std::vector<std::string>(const std::string& line, const std::string& word)>;

std::unique_ptr<LineReader> make_stream_reader(std::istream& in);
// libedit with history at `history_file` (kept to 2000 entries) and tab completion.
std::unique_ptr<LineReader> make_terminal_reader(const std::string& history_file, Completer completer);

}  // namespace prepl::repl
