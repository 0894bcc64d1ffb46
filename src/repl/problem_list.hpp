#pragma once
// `list` in the shell and `prepl list`: which problems a request names, drawn as one table with
// each problem's progress mark; `--tags` counts the problems per tag (a coverage table).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "repl/table_render.hpp"
#include "util/error.hpp"

namespace prepl::repl {

struct ListRequest {
    std::optional<std::string> kind;        // sql | numeric | case ("stats" is read as numeric)
    std::optional<std::string> difficulty;  // easy | medium | hard
    std::vector<std::string> tags;          // each must match (bank/tags.hpp: prefix, any case)
    std::optional<std::string> company;     // case-insensitive
    bool tag_table = false;                 // --tags: the tags with their counts instead
};

// Words as typed in the shell: `sql`, `stats`, `hard`, `--kind K`, `--difficulty D`,
// `--tag T`, `--company C`, `--tags`, and any other word as a tag. A bad kind or difficulty is
// an error listing the choices.
util::Result<ListRequest> parse_list_words(const std::vector<std::string>& words);
// Checks one value; the error lists the choices. "stats" becomes "numeric".
util::Result<std::string> parse_kind(const std::string& value);
util::Result<std::string> parse_difficulty(const std::string& value);

bool list_matches(const bank::Problem& problem, const ListRequest& request);

// The table of matching problems, with a `progress` column when `marks` (id -> "solved",
// "tried", "solved, due", ...) is given, and a count line. With no match, says so and what
// `list --tags` offers.
std::string render_problem_list(const bank::Bank& bank, const ListRequest& request,
                                const std::optional<std::map<std::string, std::string>>& marks,
                                const RenderOptions& options, bool tags_column);
// `list --tags`: every tag (of the problems matching the kind/difficulty) with its count.
std::string render_tag_table(const bank::Bank& bank, const ListRequest& request, const RenderOptions& options);

}  // namespace prepl::repl
