// `prepl progress`, `export`, `reset`, `review` and `mock --report`: reading and clearing the
// progress store.
#include "app/session_commands.hpp"

#include <fmt/format.h>

#include <charconv>

#include "app/bank_access.hpp"
#include "session/mock_debrief.hpp"
#include "session/progress_export.hpp"
#include "session/progress_report.hpp"
#include "session/progress_store.hpp"
#include "session/review_scheduler.hpp"

namespace prepl::app {
namespace {

std::optional<session::ProgressStore> open_store(const CommonOptions& common,
                                                 CommandOutput& output) {
    auto store = session::ProgressStore::open(session::progress_db_path(common.data_dir));
    if (!store) {
        output.err += "prepl: " + store.error().message + "\n";
        output.code = k_exit_usage;
        return std::nullopt;
    }
    return std::move(*store);
}

template <class T>
bool failed(const util::Result<T>& result, CommandOutput& output) {
    if (result) return false;
    output.err += "prepl: " + result.error().message + "\n";
    output.code = k_exit_internal;
    return true;
}

}  // namespace

CommandOutput progress_command(const CommonOptions& common, const ProgressOptions& options,
                               const session::Clock& clock) {
    CommandOutput output;
    auto bank = open_bank(common, output);
    if (!bank) return output;
    auto store = open_store(common, output);
    if (!store) return output;
    auto attempts = store->attempts();
    if (failed(attempts, output)) return output;
    const auto report = session::build_progress_report(*attempts, *bank, clock);
    if (options.format == "json") {
        output.out = session::render_progress_json(report);
        return output;
    }
    output.out = session::render_progress_text(report, options.unicode);
    if (auto banner = session::review_banner(*store, clock.now()); !banner.empty())
        output.out += "\n" + banner + "\n";
    return output;
}

CommandOutput export_command(const CommonOptions& common, const session::Clock& clock) {
    CommandOutput output;
    auto store = open_store(common, output);
    if (!store) return output;
    auto json = session::export_json(*store, clock.now());
    if (failed(json, output)) return output;
    output.out = *json;
    return output;
}

CommandOutput reset_command(const CommonOptions& common, const ResetOptions& options) {
    CommandOutput output;
    if (options.all == options.id.has_value()) {
        output.err = "prepl reset: give one problem id or --all\n";
        output.code = k_exit_usage;
        return output;
    }
    auto store = open_store(common, output);
    if (!store) return output;
    const std::optional<std::string> which = options.all ? std::nullopt : options.id;
    auto count = store->count_attempts(which);
    if (failed(count, output)) return output;
    if (options.id && *count == 0) {
        // Nothing stored under that id: a typo, unless the bank has it (a problem never tried).
        CommandOutput lookup;
        auto bank = open_bank(common, lookup);
        if (bank && !find_problem(*bank, *options.id, lookup)) {
            output.err = lookup.err;
            output.code = k_exit_usage;
            return output;
        }
    }
    const std::string question = fmt::format(
        "Delete {} attempt{}{}? [y/N] ", *count, *count == 1 ? "" : "s",
        options.all ? ", the review queue and all mock interviews" : " of " + *options.id);
    if (!options.yes) {
        if (!options.confirm) {
            output.err =
                "prepl reset: stdin is not a terminal, so nobody can confirm; add --yes to "
                "delete\n";
            output.code = k_exit_usage;
            return output;
        }
        if (!options.confirm(question)) {
            output.out = "Nothing was deleted.\n";
            return output;
        }
    }
    auto deleted = store->delete_progress(which);
    if (failed(deleted, output)) return output;
    output.out = fmt::format("Deleted {} attempt{}.\n", *deleted, *deleted == 1 ? "" : "s");
    return output;
}

namespace {
const char* rating_name(int rating) {
    switch (rating) {
        case 1: return "again";
        case 2: return "hard";
        case 3: return "good";
        case 4: return "easy";
        default: return "not reviewed";
    }
}
}  // namespace

CommandOutput review_command(const CommonOptions& common, const session::Clock& clock,
                             std::string& first_due) {
    CommandOutput output;
    auto bank = open_bank(common, output);
    if (!bank) return output;
    auto store = open_store(common, output);
    if (!store) return output;
    auto list = session::due(*store, clock.now());
    if (failed(list, output)) return output;
    if (list->empty()) {
        auto all = store->review_states();
        if (failed(all, output)) return output;
        output.out = "Nothing is due for review.";
        if (!all->empty())
            output.out += fmt::format(
                " Next: {} in {:.1f} days.", all->front().problem_id,
                static_cast<double>(all->front().due_at - clock.now()) / session::k_ms_per_day);
        output.out += "\n";
        return output;
    }
    output.out = fmt::format("{} due for review:\n", list->size());
    for (const auto& r : *list) {
        const bank::Problem* p = bank->find(r.problem_id);
        if (!p) continue;  // removed from the bank: nothing to serve
        if (first_due.empty()) first_due = r.problem_id;
        output.out +=
            fmt::format("  {:<36} {}  (last: {}, after {} day{})\n", r.problem_id, p->title,
                        rating_name(r.last_rating), r.interval_days, r.interval_days == 1 ? "" : "s");
    }
    return output;
}

CommandOutput mock_report_command(const CommonOptions& common, const std::string& which,
                                  const std::string& format) {
    CommandOutput output;
    auto bank = open_bank(common, output);
    if (!bank) return output;
    auto store = open_store(common, output);
    if (!store) return output;
    util::Result<std::optional<session::MockRecord>> mock = std::optional<session::MockRecord>();
    if (which == "LAST" || which == "last") {
        mock = store->last_mock();
    } else {
        std::int64_t id = 0;
        auto [end, ec] = std::from_chars(which.data(), which.data() + which.size(), id);
        if (ec != std::errc() || end != which.data() + which.size()) {
            output.err = "prepl mock --report: give LAST or a mock id, e.g. --report 3\n";
            output.code = k_exit_usage;
            return output;
        }
        mock = store->mock(id);
    }
    if (failed(mock, output)) return output;
    if (!*mock) {
        output.err = "prepl mock --report: no such mock interview; `prepl export` lists them\n";
        output.code = k_exit_usage;
        return output;
    }
    auto items = store->mock_items((*mock)->id);
    if (failed(items, output)) return output;
    output.out = session::render_debrief(session::build_debrief(**mock, *items, *bank), format);
    return output;
}

}  // namespace prepl::app
