// graders/lib/rubric.lua through the real sandboxed host: concept coverage scoring with
// synonyms, light stemming, multi-word concepts and negation. Expected scores are worked by hand
// from CASE_FORMAT.md's matching rules.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <filesystem>

#include "lua/grader_host.hpp"

using namespace prepl::lua;
using nlohmann::json;

namespace {

const char* k_grader = "return require('rubric').grade";

// A one-part rubric: criteria given as JSON, the answer text for part "a".
GraderOutcome score(const json& rubric, const std::string& text) {
    GraderContext ctx;
    ctx.problem = {{"id", "t"}, {"kind", "case"}, {"rubric", rubric}};
    ctx.lib_dir = std::filesystem::path(prepl::build::source_dir()) / "graders" / "lib";
    auto out = run_grader(k_grader, "graders/lib/rubric.lua", json{{"a", text}}, ctx);
    REQUIRE_MESSAGE(out.status == GraderOutcome::Status::ok, out.error);
    return out;
}

// `concepts` as JSON text: nlohmann's brace initializers would turn {"a", "b"} into an object.
json criterion(const std::string& id, double points, const std::string& concepts) {
    return {{"id", id}, {"part", "a"}, {"points", points}, {"criterion", id}, {"concepts", json::parse(concepts)}};
}

bool met(const GraderOutcome& out, const std::string& id) {
    for (const auto& c : out.details["criteria"])
        if (c["id"] == id) return c["met"].get<bool>();
    FAIL("no criterion " << id);
    return false;
}

}  // namespace

TEST_CASE("rubric: every concept group needs one synonym (AND of ORs), points add up") {
    const json rubric = json::array({criterion("h", 2, R"([["null hypothesis", "h0", "no difference"], ["alternative", "h1"]])"),
                                     criterion("metric", 1, R"([["ctr", "click-through"]])")});
    auto out = score(rubric, "H0: no difference in CTR. H1: the click-through rates differ.");
    CHECK(out.score == 3);  // h (2) + metric (1)
    CHECK(out.max == 3);
    out = score(rubric, "H0 says nothing changes; the CTR is our metric.");  // no alternative
    CHECK(out.score == 1);
    CHECK_FALSE(met(out, "h"));
    CHECK(met(out, "metric"));
    REQUIRE(out.feedback.size() == 2);
    CHECK(out.feedback[0].rfind("missed  [h]", 0) == 0);
    CHECK(out.feedback[1].rfind("found   [metric]", 0) == 0);
}

TEST_CASE("rubric: synonyms match case-insensitively with punctuation ignored") {
    const json rubric = json::array({criterion("ctr", 1, R"([["click-through rate", "ctr"]])")});
    CHECK(score(rubric, "We look at Click Through Rate first").score == 1);
    CHECK(score(rubric, "CTR!").score == 1);
    CHECK(score(rubric, "clicks only").score == 0);
}

TEST_CASE("rubric: light stemming matches plurals, -ing, -ed and -ly forms") {
    const json rubric = json::array({criterion("rand", 1, R"([["randomize"], ["user"]])"),
                                     criterion("guard", 1, R"([["guardrail metric"]])"),
                                     criterion("quick", 1, R"([["quick"]])")});
    auto out = score(rubric, "Users are randomized. We watch two guardrail metrics and decide quickly.");
    CHECK(out.score == 3);
    out = score(rubric, "Randomizing by user id.");
    CHECK(met(out, "rand"));
    CHECK_FALSE(met(out, "guard"));
}

TEST_CASE("rubric: a negated synonym does not count; clauses and negatable:false stop that") {
    const json rubric = json::array({criterion("holdout", 1, R"([["holdout"]])")});
    CHECK(score(rubric, "we would not use a holdout").score == 0);
    CHECK(score(rubric, "we don't need a holdout").score == 0);
    CHECK(score(rubric, "without any holdout").score == 0);
    CHECK(score(rubric, "we would use a holdout").score == 1);
    // "not" four words before is outside the 3-word window; a clause break ends it too.
    CHECK(score(rubric, "not because of that, a holdout").score == 1);
    CHECK(score(rubric, "not this one; we keep a long holdout").score == 1);
    CHECK(score(rubric, "no: a holdout group").score == 1);
    // Negated once but also stated plainly: counts.
    CHECK(score(rubric, "not a short holdout. A long holdout.").score == 1);
    auto out = score(rubric, "we would not use a holdout");
    CHECK(out.feedback.at(0).find("negation") != std::string::npos);

    json plain = criterion("holdout", 1, R"([["holdout"]])");
    plain["negatable"] = false;
    CHECK(score(json::array({plain}), "we would not use a holdout").score == 1);
}

TEST_CASE("rubric: multi-word concepts match as consecutive words only") {
    const json rubric = json::array({criterion("den", 1, R"([["clicks per impression"]])")});
    CHECK(score(rubric, "the clicks per impression ratio").score == 1);
    CHECK(score(rubric, "click per impressions").score == 1);  // stemming applies word by word
    CHECK(score(rubric, "clicks and impressions per day").score == 0);
    CHECK(score(rubric, "clicks. Per impression").score == 0);  // not across a sentence end
}

TEST_CASE("rubric: an empty or missing answer scores zero") {
    const json rubric = json::array({criterion("x", 2, R"([["anything"]])")});
    CHECK(score(rubric, "").score == 0);
    GraderContext ctx;
    ctx.problem = {{"rubric", rubric}};
    ctx.lib_dir = std::filesystem::path(prepl::build::source_dir()) / "graders" / "lib";
    auto out = run_grader(k_grader, "rubric", json::object(), ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 0);
    CHECK(out.max == 2);
}
