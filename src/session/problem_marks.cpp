#include "session/problem_marks.hpp"

#include <set>

namespace prepl::session {

std::map<std::string, std::string> problem_marks(const std::vector<Attempt>& attempts,
                                                 const std::vector<ReviewState>& reviews, UnixMs now) {
    std::set<std::string> solved, tried, due;
    for (const auto& a : attempts) {
        if (a.status == "error") continue;
        (a.accepted() ? solved : tried).insert(a.problem_id);
    }
    for (const auto& r : reviews)
        if (r.due_at <= now) due.insert(r.problem_id);
    std::map<std::string, std::string> out;
    for (const auto& id : tried) out[id] = "tried";
    for (const auto& id : solved) out[id] = "solved";
    for (const auto& id : due) out[id] = out.count(id) ? out[id] + ", due" : "due";
    return out;
}

}  // namespace prepl::session
