#pragma once
// The commands of the prepl executable. Each writes into a CommandOutput instead of stdout
// (taskwarrior's rule), so tests can call them; app::run prints.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prepl::app {

// Exit codes (ARCHITECTURE.md, "Output").
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_rejected = 1;
inline constexpr int k_exit_usage = 2;
inline constexpr int k_exit_internal = 3;

struct CommandOutput {
    std::string out;
    std::string err;
    int code = k_exit_ok;
};

struct CommonOptions {
    std::optional<std::filesystem::path> bank_dir;  // --bank; default: the bundled bank
    std::optional<std::filesystem::path> data_dir;  // --data-dir; default: $XDG_DATA_HOME/prepl
    bool color = false;
};

struct CheckOptions {
    std::string id;
    std::string answer_path;  // "-" for stdin
    std::optional<std::filesystem::path> all_dir;  // --all DIR
    std::string format = "text";                   // text | json | junit
    bool reveal = false;                           // show rows of a hidden dataset's diff
    bool full = false;                             // every missing/unexpected row, not the first 20
    std::optional<unsigned long long> seed;
    unsigned threads = 0;  // 0: one per core
};
CommandOutput check_command(const CommonOptions& common, const CheckOptions& options);

struct ValidateOptions {
    std::vector<std::string> ids;
    std::string format = "text";
    bool mutants = false;       // --mutants: also prove the hidden data kills every non-equivalent mutant
    bool write_hidden = false;  // --write-hidden: add a hidden dataset for each survivor (implies --mutants)
    std::size_t fuzz = 200;     // --fuzz N: fuzzed databases per problem
    unsigned long long seed = 1;
    unsigned threads = 0;  // 0: one per core
    bool reveal = false;  // show hidden rows in findings (the bank's author may see them)
};
CommandOutput validate_command(const CommonOptions& common, const ValidateOptions& options);

struct MutantsOptions {
    std::string id;
    std::string format = "text";
    std::size_t fuzz = 200;
    unsigned long long seed = 1;
};
// `prepl mutants ID`: every mutant of one problem's reference and what became of it.
CommandOutput mutants_command(const CommonOptions& common, const MutantsOptions& options);

struct ListOptions {
    std::optional<std::string> kind, tag, company, difficulty;
    bool tag_table = false;  // --tags
    std::string format = "text";
};
CommandOutput list_command(const CommonOptions& common, const ListOptions& options);

// `seed`: numeric problems' params (default: derived from the id, as `check` does).
CommandOutput show_command(const CommonOptions& common, const std::string& id, const std::string& format,
                           std::optional<unsigned long long> seed = std::nullopt);

struct SolveOptions {
    std::vector<std::string> words;  // NAME key=value ...
    std::optional<std::string> input;  // --input JSON, or "-" for stdin
    std::string format = "text";       // text | json
    bool list = false;                 // --list
    bool help = false;                 // --help / -h: the solver's inputs
};
// `prepl solve`: run one registry solver. Exit 2 on an unknown solver or bad input.
// `stdin_text` is read only for --input - (tests pass it directly).
CommandOutput solve_command(const SolveOptions& options, const std::string& stdin_text = "");

}  // namespace prepl::app
