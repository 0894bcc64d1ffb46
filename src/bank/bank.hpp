#pragma once
// The problem bank: every problem file under a directory, loaded and checked against the schema.
// A broken file never takes the bank down: it becomes a LoadIssue and the others still load.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bank/problem.hpp"
#include "util/error.hpp"

namespace prepl::bank {

// One problem file that could not be loaded (or loaded with a defect).
struct LoadIssue {
    std::filesystem::path file;
    std::string location;  // "line 12, column 5" or a JSON pointer "/compare/order"; may be empty
    std::string message;   // what is wrong and how to fix it

    std::string to_string() const;  // "problems/sql/x.json: /compare/order: must be one of ..."
};

class Bank {
public:
    const std::filesystem::path& root() const { return m_root; }
    const std::vector<Problem>& problems() const { return m_problems; }
    const std::vector<LoadIssue>& issues() const { return m_issues; }

    const Problem* find(std::string_view id) const;
    // Up to three ids close to `id` (edit distance), for "did you mean ...?".
    std::vector<std::string> similar_ids(std::string_view id) const;

    // DIR/datasets/<name>.sql
    std::filesystem::path dataset_path(std::string_view name) const;
    // A grader path from a problem file, resolved against the bank and its parent folder.
    std::filesystem::path resolve_grader(std::string_view grader) const;
    // graders/lib for `require`, resolved like resolve_grader.
    std::filesystem::path grader_lib_dir() const;

    friend util::Result<Bank> load_bank(const std::filesystem::path& dir, std::string_view only_id);

private:
    std::filesystem::path m_root;
    std::vector<Problem> m_problems;  // sorted by id
    std::vector<LoadIssue> m_issues;  // sorted by file
};

// Loads every *.json under `dir` recursively (except schema.json). Fails only when `dir` is not a
// readable directory; defective files are reported in Bank::issues().
// With `only_id`, reads only the files named <only_id>.json (ids equal file names), so a command
// that grades one problem does not parse the whole bank.
util::Result<Bank> load_bank(const std::filesystem::path& dir, std::string_view only_id = {});

// The bundled bank: $PREPL_BANK, else problems/ beside the executable's source tree or
// installed data dir, found from the executable's own path so prepl works from any directory.
std::filesystem::path default_bank_dir();

// A file of the graders shipped with prepl ("graders/lib/rubric.lua"), found beside the bundled
// bank; empty when it is not there.
std::filesystem::path bundled_grader_file(std::string_view relative);

}  // namespace prepl::bank
