#include "session/progress_export.hpp"

#include <nlohmann/json.hpp>

namespace prepl::session {
namespace {

nlohmann::json optional_json(const std::optional<std::int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

util::Result<std::string> export_json(const ProgressStore& store, UnixMs now) {
    auto version = store.schema_version();
    auto attempts = store.attempts();
    auto reviews = store.review_states();
    auto mocks = store.mocks();
    auto log = store.review_log();
    if (!log) return util::fail(log.error());
    if (!version) return util::fail(version.error());
    if (!attempts) return util::fail(attempts.error());
    if (!reviews) return util::fail(reviews.error());
    if (!mocks) return util::fail(mocks.error());

    nlohmann::json j;
    j["schema_version"] = *version;
    j["exported_at"] = now;
    j["attempts"] = nlohmann::json::array();
    for (const auto& a : *attempts)
        j["attempts"].push_back({{"id", a.id},
                                 {"problem_id", a.problem_id},
                                 {"kind", a.kind},
                                 {"started_at", a.started_at},
                                 {"finished_at", a.finished_at},
                                 {"status", a.status},
                                 {"score", a.score},
                                 {"max_score", a.max_score},
                                 {"hints_used", a.hints_used},
                                 {"answer", a.answer},
                                 {"seed", optional_json(a.seed)},
                                 {"mock_id", optional_json(a.mock_id)}});
    j["review_state"] = nlohmann::json::array();
    for (const auto& r : *reviews)
        j["review_state"].push_back({{"problem_id", r.problem_id},
                                     {"stability", r.stability},
                                     {"difficulty", r.difficulty},
                                     {"reviews", r.reviews},
                                     {"lapses", r.lapses},
                                     {"interval_days", r.interval_days},
                                     {"due_at", r.due_at},
                                     {"last_rating", r.last_rating},
                                     {"updated_at", r.updated_at}});
    j["review_log"] = nlohmann::json::array();  // FSRS weights can be fitted from this
    for (const auto& e : *log)
        j["review_log"].push_back({{"problem_id", e.problem_id},
                                   {"reviewed_at", e.reviewed_at},
                                   {"rating", e.rating},
                                   {"elapsed_days", e.elapsed_days},
                                   {"stability", e.stability},
                                   {"difficulty", e.difficulty},
                                   {"interval_days", e.interval_days},
                                   {"attempt_id", optional_json(e.attempt_id)}});
    j["mocks"] = nlohmann::json::array();
    for (const auto& m : *mocks) {
        auto items = store.mock_items(m.id);
        if (!items) return util::fail(items.error());
        nlohmann::json jm = {{"id", m.id},
                             {"started_at", m.started_at},
                             {"minutes", m.minutes},
                             {"mix", m.mix},
                             {"seed", m.seed},
                             {"finished_at", optional_json(m.finished_at)},
                             {"active_ms", m.active_ms},
                             {"paused_ms", m.paused_ms}};
        jm["state"] =
            nlohmann::json::parse(m.state, nullptr, false);  // discarded value when unreadable
        if (jm["state"].is_discarded()) jm["state"] = m.state;
        jm["items"] = nlohmann::json::array();
        for (const auto& i : *items)
            jm["items"].push_back({{"position", i.position},
                                   {"problem_id", i.problem_id},
                                   {"status", i.status},
                                   {"score", i.score},
                                   {"max_score", i.max_score},
                                   {"hints_used", i.hints_used},
                                   {"active_ms", i.active_ms},
                                   {"answer", i.answer}});
        j["mocks"].push_back(std::move(jm));
    }
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace prepl::session
