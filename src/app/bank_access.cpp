#include "app/bank_access.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace prepl::app {

std::optional<bank::Bank> open_bank(const CommonOptions& common, CommandOutput& output,
                                    const std::string& only_id) {
    const auto dir = common.bank_dir.value_or(bank::default_bank_dir());
    if (!only_id.empty()) {
        auto one = bank::load_bank(dir, only_id);
        if (one && one->find(only_id)) return std::move(*one);
    }
    auto loaded = bank::load_bank(dir);
    if (!loaded) {
        output.err += "prepl: " + loaded.error().message + "\n";
        output.code = k_exit_usage;
        return std::nullopt;
    }
    return std::move(*loaded);
}

const bank::Problem* find_problem(const bank::Bank& bank, const std::string& id, CommandOutput& output) {
    if (const bank::Problem* p = bank.find(id)) return p;
    std::string msg = fmt::format("prepl: no problem with id \"{}\" in {}", id, bank.root().string());
    if (auto close = bank.similar_ids(id); !close.empty())
        msg += fmt::format("; did you mean {}?", util::join(close, ", "));
    else
        msg += "; `prepl list` shows the ids";
    for (const auto& issue : bank.issues())
        if (issue.file.stem() == id) msg += "\n  (a file with that name did not load: " + issue.to_string() + ")";
    output.err += msg + "\n";
    output.code = k_exit_usage;
    return nullptr;
}

}  // namespace prepl::app
