#include "repl/repl.hpp"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

#include "bank/bank.hpp"
#include "repl/line_reader.hpp"
#include "repl/terminal_output.hpp"
#include "repl/shell.hpp"
#include "session/clock.hpp"
#include "session/problem_marks.hpp"
#include "session/progress_store.hpp"
#include "session/record_attempt.hpp"
#include "session/review_scheduler.hpp"
#include "sql/sandbox.hpp"

namespace prepl::repl {
namespace {

std::atomic<bool> g_interrupted{false};

// Ctrl-C: stop a running query; at the prompt the input loop sees the flag and clears the
// buffer. Only async-signal-safe work here.
extern "C" void on_sigint(int) {
    g_interrupted.store(true);
    sql::Sandbox::request_interrupt();
}

// The shell's history: $PREPL_HISTORY, else beside progress.db when --data-dir moves it (so a
// test or a second profile keeps its own), else $XDG_STATE_HOME/prepl/history.
std::string history_path(const std::optional<std::filesystem::path>& data_dir) {
    if (const char* env = std::getenv("PREPL_HISTORY"); env && *env) return env;
    if (data_dir) return (*data_dir / "history").string();
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return std::string(state) + "/prepl/history";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state/prepl/history";
    return "";
}

// Terminal width for cutting wide rows: the tty's, else $COLUMNS, else no limit.
std::size_t terminal_columns() {
    struct winsize size {};
    if (::ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* env = std::getenv("COLUMNS"); env && std::atoi(env) > 0) return static_cast<std::size_t>(std::atoi(env));
    return 0;
}

}  // namespace

int run_repl(const ReplOptions& options) {
    auto loaded = bank::load_bank(options.bank_dir.value_or(bank::default_bank_dir()));
    if (!loaded) {
        std::cerr << "prepl: " << loaded.error().message << "\n";
        return 2;
    }
    const bool interactive = ::isatty(0) != 0;
    Shell shell(*loaded, want_color(options.color_mode));
    if (!interactive) shell.render_options().mode = TableMode::list;
    else shell.render_options().max_width = terminal_columns();

    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a read at the prompt returns, so Ctrl-C clears the line
    sigaction(SIGINT, &action, nullptr);

    std::unique_ptr<LineReader> reader =
        interactive ? make_terminal_reader(history_path(options.data_dir),
                                           [&](const std::string& line, const std::string& word) {
                                               return shell.complete(line, word);
                                           })
                    : make_stream_reader(std::cin);
    if (interactive) {
        print("prepl — data-science interview practice. `list` to browse, `open ID` to start, `help` for commands.\n");
        if (!loaded->issues().empty())
            print(std::to_string(loaded->issues().size()) + " problem files did not load; `prepl validate` says why.\n");
    }
    // Progress: every submit is recorded; without a store the shell still works and says so once.
    session::SystemClock clock;
    auto store = session::ProgressStore::open(session::progress_db_path(options.data_dir));
    if (!store) {
        print("progress will not be saved: " + store.error().message + "\n");
    } else {
        if (interactive) {
            const std::string banner = session::review_banner(*store, clock.now());
            if (!banner.empty()) print(banner + "\n");
        }
        shell.progress_marks = [&]() -> std::optional<std::map<std::string, std::string>> {
            auto attempts = store->attempts();
            auto reviews = store->review_states();
            if (!attempts || !reviews) return std::nullopt;
            return session::problem_marks(*attempts, *reviews, clock.now());
        };
        shell.on_verdict = [&](const bank::Problem& problem, const grade::Verdict& verdict,
                               const std::string& answer) -> std::string {
            session::AttemptContext context{answer, shell.opened_at_ms, clock.now(), static_cast<int>(shell.hints_shown),
                                            shell.solution_shown, std::nullopt, std::nullopt};
            auto recorded = session::record_attempt(*store, problem, verdict, context);
            return recorded ? "" : "(not saved: " + recorded.error().message + ")\n";
        };
    }
    if (!options.open_id.empty()) print(shell.open(options.open_id));

    while (!shell.wants_exit()) {
        bool interrupted = false;
        g_interrupted.store(false);
        auto line = reader->read_line(interactive ? shell.prompt() : "", interrupted);
        if (g_interrupted.exchange(false) || interrupted) {
            shell.clear_buffer();
            if (interactive) print("^C\n");
            if (!line) continue;
        }
        if (!line) {  // Ctrl-D or end of input
            if (!shell.buffer_empty()) {
                print("Incomplete statement discarded (no ';' at the end).\n");
                shell.note_error();
            }
            break;
        }
        const std::string out = shell.feed(*line);
        if (interactive && !shell.last_statement().empty()) reader->add_history(shell.last_statement());
        // Ctrl-C during a query: one line, whether the query or the flag reported it.
        if (g_interrupted.exchange(false) && out.find("query cancelled") == std::string::npos) print("query cancelled\n");
        if (interactive && ::isatty(1)) print_paged(out, terminal_rows());
        else print(out);
    }
    if (interactive) print("Goodbye!\n");
    return !interactive && shell.had_error() ? 1 : 0;
}

}  // namespace prepl::repl
