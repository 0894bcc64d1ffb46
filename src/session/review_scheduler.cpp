#include "session/review_scheduler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "session/progress_store.hpp"

namespace prepl::session {

namespace {
// SM-2's floor on the E-Factor: below it items come back too often to be useful.
constexpr double k_min_ease = 1.3;
}  // namespace

std::optional<int> quality_from(const GradedOutcome& o) {
    if (o.status == "accepted") {
        const bool helped = o.hints_used > 0 || o.solution_shown;
        const bool slow = o.target_minutes && o.minutes_taken > *o.target_minutes;
        if (helped && slow) return 3;
        if (helped || slow) return 4;
        return 5;
    }
    if (o.status == "rejected") return o.max_score > 0 && o.score / o.max_score >= 0.5 ? 2 : 1;
    return std::nullopt;
}

ReviewState sm2_next(const ReviewState& previous, int q, UnixMs now) {
    ReviewState next = previous;
    q = std::clamp(q, 0, 5);
    if (q >= 3) {
        if (previous.repetitions == 0)
            next.interval_days = 1;
        else if (previous.repetitions == 1)
            next.interval_days = 6;
        else
            next.interval_days =
                static_cast<int>(std::ceil(previous.interval_days * previous.ease));
        next.repetitions = previous.repetitions + 1;
        const int miss = 5 - q;
        next.ease = std::max(k_min_ease, previous.ease + (0.1 - miss * (0.08 + miss * 0.02)));
    } else {
        next.repetitions = 0;
        next.interval_days = 1;
    }
    next.last_quality = q;
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
