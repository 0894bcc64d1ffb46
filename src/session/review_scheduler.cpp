#include "session/review_scheduler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "session/progress_store.hpp"

namespace prepl::session {

std::optional<fsrs::Rating> rating_from(const GradedOutcome& o) {
    if (o.status == "rejected") return fsrs::Rating::again;
    if (o.status != "accepted") return std::nullopt;
    if (o.solution_shown) return fsrs::Rating::again;
    const bool slow = o.target_minutes && o.minutes_taken > *o.target_minutes;
    if (o.hints_used > 0 || slow) return fsrs::Rating::hard;
    if (o.target_minutes && o.minutes_taken <= *o.target_minutes / 2) return fsrs::Rating::easy;
    return fsrs::Rating::good;
}

ReviewState schedule_review(const ReviewState& previous, fsrs::Rating rating, UnixMs now) {
    ReviewState next = previous;
    const bool first = previous.reviews == 0 || previous.stability <= 0;
    const double elapsed_days =
        first ? 0.0 : std::max(0.0, static_cast<double>(now - previous.updated_at) / k_ms_per_day);
    const fsrs::MemoryState memory =
        first ? fsrs::initial_state(rating)
              : fsrs::next_state({previous.stability, previous.difficulty}, std::floor(elapsed_days), rating);
    next.stability = memory.stability;
    next.difficulty = memory.difficulty;
    next.reviews = previous.reviews + 1;
    next.lapses = previous.lapses + (rating == fsrs::Rating::again ? 1 : 0);
    next.interval_days = fsrs::next_interval_days(memory.stability);
    next.last_rating = static_cast<int>(rating);
    next.updated_at = now;
    next.due_at = now + next.interval_days * k_ms_per_day;
    return next;
}

util::Result<std::vector<ReviewState>> due(const ProgressStore& store, UnixMs now) {
    auto all = store.review_states();
    if (!all) return util::fail(all.error());
    std::vector<ReviewState> out;
    for (auto& r : *all)
        if (r.due_at <= now) out.push_back(std::move(r));
    return out;
}

std::string review_banner(const ProgressStore& store, UnixMs now) {
    auto list = due(store, now);
    if (!list || list->empty()) return "";
    return fmt::format("{} review{} due — `prepl review` to start", list->size(),
                       list->size() == 1 ? "" : "s");
}

}  // namespace prepl::session
