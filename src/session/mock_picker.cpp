#include "session/mock_picker.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <tuple>

#include "util/text.hpp"

namespace prepl::session {
namespace {

constexpr int k_max_per_kind = 20;

// FNV-1a then splitmix64: a portable, stable hash (std::hash and <random> distributions are
// not the same across standard libraries, and the seed must mean the same interview anywhere).
std::uint64_t mix_hash(std::uint64_t seed, std::string_view id) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
    std::uint64_t z = h ^ (seed + 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

bool contains_icase(const std::vector<std::string>& items, const std::string& wanted) {
    return std::any_of(items.begin(), items.end(), [&](const std::string& item) {
        return util::to_lower(item) == util::to_lower(wanted);
    });
}

}  // namespace

util::Result<MockMix> parse_mix(std::string_view text) {
    MockMix mix;
    std::string rest(text);
    std::size_t start = 0;
    while (start <= rest.size()) {
        const auto comma = rest.find(',', start);
        const std::string part = util::trim(
            rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        start = comma == std::string::npos ? rest.size() + 1 : comma + 1;
        if (part.empty()) continue;
        const auto eq = part.find('=');
        std::string kind = util::to_lower(util::trim(part.substr(0, eq)));
        if (kind == "stats") kind = "numeric";
        if (kind != "sql" && kind != "numeric" && kind != "case")
            return util::fail(
                util::Error::invalid(fmt::format("--mix: unknown kind \"{}\"; use sql, stats (or "
                                                 "numeric) and case, e.g. sql=2,stats=2,case=1",
                                                 kind)));
        int count = 1;
        if (eq != std::string::npos) {
            const std::string number = util::trim(part.substr(eq + 1));
            auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), count);
            if (ec != std::errc() || end != number.data() + number.size() || count < 0 ||
                count > k_max_per_kind)
                return util::fail(util::Error::invalid(fmt::format(
                    "--mix: \"{}\" needs a count from 0 to {}, e.g. sql=2", part, k_max_per_kind)));
        }
        auto same =
            std::find_if(mix.begin(), mix.end(), [&](const auto& p) { return p.first == kind; });
        if (same != mix.end())
            same->second += count;
        else
            mix.emplace_back(kind, count);
    }
    if (mix.empty())
        return util::fail(util::Error::invalid("--mix is empty; e.g. sql=2,stats=2,case=1"));
    return mix;
}

std::string to_string(const MockMix& mix) {
    std::vector<std::string> parts;
    for (const auto& [kind, count] : mix) parts.push_back(fmt::format("{}={}", kind, count));
    return util::join(parts, ",");
}

MockPick pick_mock_problems(const bank::Bank& bank, const std::vector<Attempt>& history,
                            const MockRequest& request) {
    struct Seen {
        bool accepted = false;
        bool last_rejected = false;
    };
    std::map<std::string, Seen, std::less<>> seen;
    for (const auto& a : history) {  // history is oldest first
        if (a.status == "error" || a.status == k_status_errored) continue;  // not the user's answer
        auto& s = seen[a.problem_id];
        s.accepted = s.accepted || a.accepted();
        s.last_rejected = !a.accepted();
    }
    MockPick pick;
    // The time budget: each question gets a fair share of what is left, so a short mock is not
    // filled by one long question; a question without target_minutes fits anywhere.
    int slots_left = 0;
    for (const auto& [kind, count] : request.mix) slots_left += count;
    double minutes_left = request.minutes;
    auto target = [&](const std::string& id) {
        const bank::Problem* p = bank.find(id);
        return p && p->target_minutes ? *p->target_minutes : 0.0;
    };
    for (const auto& [kind, count] : request.mix) {
        std::vector<std::tuple<int, std::uint64_t, std::string>> ranked;
        for (const auto& p : bank.problems()) {
            if (bank::to_string(p.kind) != kind) continue;
            if (request.tag && !contains_icase(p.tags, *request.tag)) continue;
            if (request.company && !contains_icase(p.companies, *request.company)) continue;
            const auto it = seen.find(p.id);
            const int rank = it == seen.end()                                     ? 0
                             : (!it->second.accepted || it->second.last_rejected) ? 1
                                                                                  : 2;
            ranked.emplace_back(rank, mix_hash(request.seed, p.id), p.id);
        }
        std::sort(ranked.begin(), ranked.end());
        const std::size_t take =
            std::min<std::size_t>(static_cast<std::size_t>(count), ranked.size());
        for (std::size_t i = 0; i < take; ++i) {
            const double fair = minutes_left / std::max(1, slots_left);
            // The best-ranked problem within the fair share, else within what is left, else
            // the shortest (and the user is told before the clock starts).
            auto pick_where = [&](auto fits) -> std::optional<std::size_t> {
                for (std::size_t k = 0; k < ranked.size(); ++k)
                    if (!std::get<2>(ranked[k]).empty() && fits(target(std::get<2>(ranked[k])))) return k;
                return std::nullopt;
            };
            auto chosen = pick_where([&](double t) { return t <= fair + 1e-9; });
            if (!chosen) chosen = pick_where([&](double t) { return t <= minutes_left + 1e-9; });
            if (!chosen) {
                chosen = pick_where([](double) { return true; });
                for (std::size_t k = 0; k < ranked.size(); ++k)
                    if (!std::get<2>(ranked[k]).empty() && target(std::get<2>(ranked[k])) < target(std::get<2>(ranked[*chosen])))
                        chosen = k;
                pick.notes.push_back(fmt::format(
                    "no {} question fits the {:g} minute{} left; {} has a target of {:g} minutes", kind,
                    std::max(0.0, minutes_left), minutes_left == 1 ? "" : "s", std::get<2>(ranked[*chosen]),
                    target(std::get<2>(ranked[*chosen]))));
            }
            std::string id = std::move(std::get<2>(ranked[*chosen]));  // empty: taken
            minutes_left -= target(id);
            --slots_left;
            pick.problem_ids.push_back(std::move(id));
        }
        slots_left -= count - static_cast<int>(take);
        if (take < static_cast<std::size_t>(count))
            pick.notes.push_back(fmt::format(
                "only {} of {} {} problem{} match{}", take, count, kind, count == 1 ? "" : "s",
                request.tag || request.company ? " the filters" : " in the bank"));
    }
    // Follow-ups (the same data, one requirement changed) when time remains, as interviewers
    // do: each right after the question it follows.
    std::vector<std::string> ordered;
    for (const auto& id : pick.problem_ids) {
        ordered.push_back(id);
        const bank::Problem* p = bank.find(id);
        if (!p) continue;
        for (const auto& follow : p->follow_ups) {
            const bool taken = std::find(pick.problem_ids.begin(), pick.problem_ids.end(), follow) != pick.problem_ids.end() ||
                               std::find(ordered.begin(), ordered.end(), follow) != ordered.end();
            const double t = target(follow);
            if (!bank.find(follow) || taken || t <= 0 || t > minutes_left + 1e-9) continue;
            ordered.push_back(follow);
            minutes_left -= t;
            pick.notes.push_back(fmt::format("time remains: follow-up {} comes after {}", follow, id));
            break;
        }
    }
    pick.problem_ids = std::move(ordered);
    return pick;
}

}  // namespace prepl::session
