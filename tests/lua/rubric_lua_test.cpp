// graders/lib/rubric.lua through the real sandboxed host: every mechanism of claim scoring, each
// with an answer that the old keyword matcher scored wrongly (a keyword list, a trailing
// negation, a contradiction, bad practice, a paraphrase). Expected outcomes follow
// docs/CASE_FORMAT.md's rules; Snowball stems are those of the Snowball English reference.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <filesystem>

#include "lua/grader_host.hpp"
#include "lua/stemmer.hpp"

using namespace prepl::lua;
using nlohmann::json;

namespace {

const char* k_grader = "return require('rubric').grade";

GraderOutcome run(const json& problem, const json& answer) {
    GraderContext ctx;
    ctx.problem = problem;
    ctx.lib_dir = std::filesystem::path(prepl::build::source_dir()) / "graders" / "lib";
    auto out = run_grader(k_grader, "graders/lib/rubric.lua", answer, ctx);
    REQUIRE_MESSAGE(out.status == GraderOutcome::Status::ok, out.error);
    return out;
}

// A one-part rubric: criteria given as JSON, the answer text for part "a".
GraderOutcome score(const json& rubric, const std::string& text) {
    return run({{"id", "t"}, {"kind", "case"}, {"rubric", rubric}}, json{{"a", text}});
}

// `concepts` as JSON text: nlohmann's brace initializers would turn {"a", "b"} into an object.
json criterion(const std::string& id, double points, const std::string& concepts) {
    return {{"id", id}, {"part", "a"}, {"points", points}, {"criterion", id}, {"concepts", json::parse(concepts)}};
}

std::string outcome(const GraderOutcome& out, const std::string& id) {
    for (const auto& c : out.details["criteria"])
        if (c["id"] == id) return c["outcome"].get<std::string>();
    FAIL("no criterion " << id);
    return "";
}

std::string outcome_of(const json& c, const std::string& text) {
    return outcome(score(json::array({c}), text), c["id"].get<std::string>());
}

std::vector<std::string> flags(const GraderOutcome& out) {
    std::vector<std::string> ids;
    for (const auto& f : out.details["red_flags"]) ids.push_back(f["id"].get<std::string>());
    return ids;
}

}  // namespace

TEST_CASE("stem(): the Snowball English stemmer, as its reference vocabulary gives it") {
    CHECK(snowball_stem("running") == "run");
    CHECK(snowball_stem("randomized") == "random");
    CHECK(snowball_stem("randomization") == "random");
    CHECK(snowball_stem("generously") == "generous");
    CHECK(snowball_stem("") == "");
}

TEST_CASE("rubric: a claim's concept groups must meet in one sentence") {
    const json c = criterion("direction", 2, R"([["underestimate"], ["effect", "launch"]])");
    CHECK(outcome_of(c, "The arm difference will underestimate the effect of a launch.") == "met");
    // the same words in two neighbouring sentences: partly; far apart: missed
    CHECK(outcome_of(c, "We will underestimate it. That is the effect of spillover.") == "partly");
    CHECK(outcome_of(c, "We underestimate it. Users talk. Friends comment a lot. The effect is small.") == "missed");
    // window: the groups within 4 words, across a sentence end
    json windowed = c;
    windowed["window"] = 4;
    CHECK(outcome_of(windowed, "This design will underestimate. The effect is real.") == "met");
}

TEST_CASE("rubric: named is not explained: a bare list earns at most partly") {
    const json rubric = json::array({criterion("spill", 2, R"([["spillover"], ["friends"]])"),
                                     criterion("dir", 1, R"([["underestimate"]])")});
    // the issue's keyword list: all there, nothing explained
    auto list = score(rubric, "spillover friends underestimate variance cluster-level louvain");
    CHECK(outcome(list, "spill") == "partly");
    CHECK(outcome(list, "dir") == "partly");
    CHECK(list.score == doctest::Approx(0.1 * 3));  // rubric.bare_ratio
    auto commas = score(rubric, "Spillover, friends, underestimate, variance, louvain.");
    CHECK(outcome(commas, "spill") == "partly");
    auto prose = score(rubric, "Treated users comment on posts of friends in control, so spillover lifts control "
                               "and the difference will underestimate the total effect.");
    CHECK(outcome(prose, "spill") == "met");
    CHECK(outcome(prose, "dir") == "met");
    CHECK(prose.score == 3);
}

TEST_CASE("rubric: a terse claim without a verb is a statement when it relates its terms") {
    const json c = criterion("dir", 1, R"([["lower bound"], ["spillover"]])");
    // a senior's bullet: no verb, but "on" and "due to" tie the terms into one claim: partly
    // (half), not the tenth of a bare list; a verb makes it a full statement
    auto terse = score(json::array({c}), "- A lower bound on the launch effect due to spillover");
    CHECK(outcome(terse, "dir") == "partly");
    CHECK(terse.score == doctest::Approx(0.5));
    CHECK(outcome_of(c, "- The estimate is a lower bound on the launch effect due to spillover") == "met");
    // the same word over and over says nothing
    CHECK(outcome_of(c, "Spillover is spillover: lower bound, lower bound, spillover.") == "partly");
    CHECK(score(json::array({c}), "Spillover is spillover: lower bound, lower bound, spillover.").score ==
          doctest::Approx(0.1));
    // the same terms as fragments of a list stay a bare list
    CHECK(outcome_of(c, "- lower bound; spillover; clusters; louvain") == "partly");
}

TEST_CASE("rubric: a phrase's words in another order or a few words apart still match") {
    const json axis = criterion("axis", 1, R"([["start at zero"]])");
    CHECK(outcome_of(axis, "Zero is where the axis should start.") == "met");
    const json unit = criterion("unit", 1, R"([["randomize by cluster"]])");
    CHECK(outcome_of(unit, "Whole clusters of friends are what we randomize.") == "met");
    // too far apart: not one phrase
    CHECK(outcome_of(unit, "We randomize, and much later in the funnel we look at each cluster.") == "missed");
}

TEST_CASE("rubric: a claim said in other words earns partly, from the criterion's own evidence") {
    // the rubric names "SUTVA" and "spillover"; the answer says neither, but it uses the
    // criterion's and its feedback's distinctive words in a statement
    json c = criterion("interference", 2, R"([["spillover", "sutva"]])");
    c["criterion"] = "Explains that treated users change the behaviour of their friends in control";
    c["feedback"] = "Treated users write comments that their friends in control receive, so control behaviour changes too.";
    json problem = {{"id", "t"}, {"kind", "case"}, {"prompt", "A social app tests a quick-reply bar."},
                    {"rubric", json::array({c})}};
    auto said = run(problem, json{{"a", "Friends in control receive replies, so they act differently."}});
    CHECK(outcome(said, "interference") == "partly");
    CHECK(said.score == doctest::Approx(2 * 0.6));  // rubric.other_words_ratio
    // five or more of its specific words and most of its weight in one statement: met
    auto full = run(problem, json{{"a", "Treated users write comments that friends in control receive, so the "
                                       "behaviour of control changes too."}});
    CHECK(outcome(full, "interference") == "met");
    CHECK(full.score == doctest::Approx(2));
    // the same words as a bare list, or negated, earn nothing that way
    auto list = run(problem, json{{"a", "friends, control, comments, treated, behaviour"}});
    CHECK(outcome(list, "interference") == "missed");
    auto negated = run(problem, json{{"a", "Friends in control do not receive comments from treated users, "
                                           "and their behaviour does not change."}});
    CHECK(outcome(negated, "interference") == "missed");
    // a criterion with a direction is never earned in other words: "larger" shares every word with "smaller"
    json directed = c;
    directed["contradicts"] = json::array({"overestimate"});
    json problem2 = problem;
    problem2["rubric"] = json::array({directed});
    CHECK(outcome(run(problem2, json{{"a", "Friends in control receive replies, so they act differently."}}),
                  "interference") == "missed");
    // pasting the prompt back earns nothing
    json pasted = problem;
    pasted["prompt"] = "Treated users write comments that their friends in control receive, and behaviour changes.";
    CHECK(outcome(run(pasted, json{{"a", "Treated users write comments that their friends in control receive, "
                                         "and behaviour changes."}}), "interference") == "missed");
    // unrelated prose earns nothing
    auto other = run(problem, json{{"a", "We should run the test for two weeks and look at retention."}});
    CHECK(outcome(other, "interference") == "missed");
}

TEST_CASE("rubric: a claim made in another text part earns partly and says where") {
    json c = criterion("guard", 2, R"([["guardrail"], ["cancellations"]])");
    json problem = {{"id", "t"}, {"kind", "case"},
                    {"parts", json::parse(R"([{"id": "a", "type": "text"}, {"id": "b", "type": "text"}])")},
                    {"rubric", json::array({c})}};
    auto elsewhere = run(problem, json{{"a", "Nights booked per week."},
                                       {"b", "We keep cancellations as a guardrail so hosts cannot game it."}});
    CHECK(outcome(elsewhere, "guard") == "partly");
    CHECK(elsewhere.score == doctest::Approx(2 * 0.5));  // rubric.elsewhere_ratio
    auto there = run(problem, json{{"a", "We keep cancellations as a guardrail so hosts cannot game it."}, {"b", ""}});
    CHECK(outcome(there, "guard") == "met");
}

TEST_CASE("rubric: negation before and after the term, NegEx style") {
    const json c = criterion("sel", 1, R"([["selection bias", "parallel trends", "guardrail"]])");
    CHECK(outcome_of(c, "Selection bias is a real risk here because shoppers opt in.") == "met");
    // trailing negations, which the old 3-words-before window missed
    CHECK(outcome_of(c, "Selection bias isn't a real concern here.") == "negated");
    CHECK(outcome_of(c, "The guardrails are pointless here.") == "negated");
    CHECK(outcome_of(c, "Checking parallel trends is unnecessary for this launch.") == "negated");
    CHECK(outcome_of(c, "We don't need to check parallel trends.") == "negated");
    CHECK(outcome_of(c, "We can skip the guardrail analysis.") == "negated");
    // scope ends at but/however and at clause punctuation
    CHECK(outcome_of(c, "It is not simple, but selection bias is the main threat to validity.") == "met");
    // pseudo and hypothetical negations are not negations
    CHECK(outcome_of(c, "This is not only noise: selection bias is at work.") == "met");
    CHECK(outcome_of(c, "If we don't randomize, selection bias will creep in.") == "met");
    // stated plainly once is enough
    CHECK(outcome_of(c, "Not a short look. Selection bias matters because users opt in.") == "met");
}

TEST_CASE("rubric: an absence claim counts the negation for it") {
    json c = criterion("no-peeking", 1, R"([["no peeking", "no early stopping", "fixed horizon"]])");
    c["absence"] = true;
    CHECK(outcome_of(c, "No peeking: we read the result once at the planned end.") == "met");
    CHECK(outcome_of(c, "We will not peek at the results before the planned end date.") == "met");
    CHECK(outcome_of(c, "We run it without peeking at the dashboard.") == "met");
    CHECK(outcome_of(c, "We will peek every day at the dashboard.") != "met");
    CHECK(outcome_of(c, "We avoid peeking until the planned end date.") == "met");
    // a dismissal is not an absence: "peeking isn't a problem" says the opposite of "no peeking"
    CHECK(outcome_of(c, "Peeking isn't a problem if we look daily at the results.") != "met");
    json axis = criterion("axis", 1, R"([["axis does not start at zero"]])");
    axis["absence"] = true;
    CHECK(outcome_of(axis, "The y-axis doesn't start at zero, which exaggerates the rise.") == "met");
    CHECK(outcome_of(axis, "The y-axis starts at zero, which is fine.") != "met");
}

TEST_CASE("rubric: a contradicted criterion earns nothing and says which sentence") {
    json c = criterion("direction", 1, R"([["underestimate", "smaller than"]])");
    c["contradicts"] = json::parse(R"(["overestimate", [["bigger", "larger"], ["true effect"]]])");
    CHECK(outcome_of(c, "The naive difference will underestimate the launch effect.") == "met");
    auto wrong = score(json::array({c}), "Because control is lifted, the difference will overestimate the launch "
                                         "effect, and the control arm is smaller than treatment.");
    CHECK(outcome(wrong, "direction") == "contradicted");
    CHECK(wrong.score == 0);
    CHECK(wrong.feedback.at(0).find("states the opposite") != std::string::npos);
    CHECK(outcome_of(c, "The measured lift is bigger than the true effect.") == "contradicted");
    // a negated contradiction is not one
    CHECK(outcome_of(c, "It does not overestimate; it will underestimate the total effect.") == "met");
}

TEST_CASE("rubric: the shared thesaurus carries paraphrases into every problem") {
    const json rubric = json::array({criterion("nsm", 1, R"([["north star metric"]])"),
                                     criterion("guard", 1, R"([["guardrail"]])"),
                                     criterion("rand", 1, R"([["randomize"], ["user"]])")});
    auto out = score(rubric, "Our headline metric is nights booked because it needs both sides. "
                             "We also watch the things we must not break, like cancellations. "
                             "We would assign at random each customer to one arm.");
    CHECK(outcome(out, "nsm") == "met");
    CHECK(outcome(out, "guard") == "met");
    CHECK(outcome(out, "rand") == "met");
    // without the thesaurus words, nothing
    CHECK(score(rubric, "We count bookings and look at a few charts every week.").score == 0);
}

TEST_CASE("rubric: Snowball stems, British spellings, typos and numbers") {
    const json rubric = json::array({criterion("rand", 1, R"([["randomization"]])"),
                                     criterion("var", 1, R"([["variance"]])"),
                                     criterion("p", 1, R"([["p < 0.05"]])")});
    CHECK(outcome(score(rubric, "We randomised users into the two arms evenly."), "rand") == "met");
    CHECK(outcome(score(rubric, "The varience of the metric is high, so we need more users."), "var") == "met");
    CHECK(outcome(score(rubric, "We reject the null when p<.05 holds at the end."), "p") == "met");
    CHECK(outcome(score(rubric, "We reject the null when p < 0.10 holds at the end."), "p") == "missed");
}

TEST_CASE("rubric: red flags subtract points and name the bad practice; criticism is not a flag") {
    const json rubric = json::array({criterion("alpha", 4, R"([["alpha"], ["power"]])")});
    auto peeking = score(rubric, "We set alpha at 0.05 and power at 80% for the test. "
                                 "We look at the p-value daily and stop the test as soon as it is significant.");
    CHECK(flags(peeking) == std::vector<std::string>{"peeking"});
    CHECK(peeking.score == doctest::Approx(4 - 0.35 * 4));
    auto slicing = score(rubric, "If it is flat we keep slicing by country until one segment is significant.");
    CHECK(flags(slicing) == std::vector<std::string>{"slicing"});
    auto hiding = score(rubric, "The guardrail got worse, so we leave out the guardrail from the report and ship.");
    CHECK(flags(hiding) == std::vector<std::string>{"hide-bad-metric"});
    // describing the practice to reject it raises nothing
    auto critique = score(rubric, "Stopping as soon as the p-value dips below 0.05 inflates false positives. "
                                  "We will not stop the test early when it looks significant.");
    CHECK(flags(critique).empty());
    // a flag with a window: "drop the guardrail" is the practice, "a drop in the guardrail" is not
    auto drop_noun = score(rubric, "A drop in the guardrail metric would block the launch.");
    CHECK(flags(drop_noun).empty());
    auto drop_off = score(rubric, "Guardrail: more people may drop off before finishing signup.");
    CHECK(flags(drop_off).empty());
    auto drop_verb = score(rubric, "If it looks bad we drop the guardrail from the readout.");
    CHECK(flags(drop_verb) == std::vector<std::string>{"hide-bad-metric"});
    // a vanity north star; naming it as a vanity metric to reject it is fine
    auto vanity = score(rubric, "Our north star should be total downloads of the app.");
    CHECK(flags(vanity) == std::vector<std::string>{"vanity-north-star"});
    auto rejected = score(rubric, "Downloads are a vanity metric, so the north star is weekly learners who finish a lesson.");
    CHECK(flags(rejected).empty());
    // reading cause off a chart; a causal sentence in a story is not a correlation claim
    auto eyeball = score(rubric, "The line goes up after the launch, so onboarding clearly caused the increase.");
    CHECK(flags(eyeball) == std::vector<std::string>{"eyeball-causal"});
    auto story = score(rubric, "Users who churned left because of the price change, so I built a retention offer.");
    CHECK(flags(story).empty());
    auto override = score(rubric, "If the north star is up we launch, even if the guardrails get worse.");
    CHECK(flags(override) == std::vector<std::string>{"ship-over-guardrail"});
    auto tolerance = score(rubric, "We launch even if retention dips, as long as it stays within the agreed tolerance.");
    CHECK(flags(tolerance).empty());
    auto blind = score(rubric, "To keep it simple for the VP I left out the confidence interval and gave one number.");
    CHECK(flags(blind) == std::vector<std::string>{"hide-uncertainty"});
    auto translated = score(rubric, "I dropped the jargon but kept the uncertainty as a plain range of 2 to 5%.");
    CHECK(flags(translated).empty());
    auto hidden = score(rubric, "I found the error in my query and quietly fixed it before the review.");
    CHECK(flags(hidden) == std::vector<std::string>{"hide-mistake"});
    // owning up ("lesson", "I rushed") excuses a practice only inside a behavioral story
    auto lesson = score(rubric, "Check the results every day and stop the test as soon as p < 0.05; that is the lesson.");
    CHECK(flags(lesson) == std::vector<std::string>{"peeking"});
    json story_rubric = rubric;
    story_rubric.push_back({{"id", "r"}, {"part", "a"}, {"points", 1}, {"criterion", "r"}, {"star", "reflection"}});
    auto owned = score(story_rubric, "I rushed and stopped the test as soon as it was significant, and that was my lesson.");
    CHECK(flags(owned).empty());
    // a problem adds its own and can skip a library flag
    json problem = {{"id", "t"}, {"kind", "case"}, {"rubric", rubric}, {"ignore_red_flags", {"peeking"}},
                    {"red_flags", json::parse(R"([{"id": "own", "says": [["launch"], ["everyone"]], "message": "m"}])")}};
    auto own = run(problem, json{{"a", "Stop the test as soon as it is significant, then launch to everyone."}});
    CHECK(flags(own) == std::vector<std::string>{"own"});
}

TEST_CASE("rubric: the shared red flags stay quiet on sentences from strong answers") {
    // sentences a reviewer wrote as strong candidates would, each of which raised a flag once
    const json rubric = json::array({criterion("x", 1, R"([["guardrail"]])")});
    for (const char* good : {
             "I would roll back the release despite the revenue gain, because complaints doubled.",
             "Hold the launch even though revenue rose, since churn went up.",
             "The primary metric is weekly group calls completed; I would also watch installs of the new version.",
             "The PM wants to maximize app downloads, but that number only climbs.",
             "Something else clearly caused the spike: the marketing email went out the same day.",
             "A logging change must have caused the drop, since it hit Android only on exactly the release date.",
             "Obviously the denominator drove the CTR drop: impressions per session rose 16% while clicks stayed flat.",
             "Plot daily signups per visitor with a neutral title, so the numbers look as they are.",
             "With this sample we can skip the regression adjustment and use a plain difference in means.",
             "I escalated immediately to the on-call engineer when I saw the pipeline was dropping 30% of events.",
             "Although it was not my job, I rebuilt the attribution pipeline.",
             "It was not my call to make, so I brought the data to the PM.",
             "Teams will game the north star without guardrails, so I would add cancellations as a guardrail.",
             "Guardrail: more people may drop off before finishing signup.",
         }) {
        INFO(good);
        CHECK(flags(score(rubric, good)).empty());
    }
}

TEST_CASE("rubric: STAR elements score a story's structure, not its keywords") {
    json rubric = json::array();
    for (const char* e : {"situation", "role", "actions", "result", "reflection", "specifics"})
        rubric.push_back({{"id", e}, {"part", "a"}, {"points", 1}, {"criterion", e}, {"star", e}});
    const std::string story =
        "Last year our checkout team had two weeks before a launch that finance had promised to the board. "
        "I noticed that the conversion dashboard double counted refunds, which put a $2M forecast at risk. "
        "I rebuilt the metric from raw orders, I wrote a test that compared it with billing every night, "
        "and I presented both numbers to the finance lead with a short memo. "
        "As a result the forecast was corrected by 4% before the launch and the board deck used the right number. "
        "I learned to reconcile a new metric against a system of record before anyone relies on it.";
    auto out = run({{"id", "t"}, {"kind", "case"}, {"rubric", rubric}}, json{{"a", story}});
    for (const char* e : {"situation", "role", "actions", "result", "reflection", "specifics"}) {
        INFO(std::string(e));
        CHECK(outcome(out, e) == "met");
    }
    // "we" only, no figures, no result: the same keywords do not make a story
    const std::string vague =
        "We had a situation with stakes. We took action as a team and we got a good result. "
        "Lessons were learned. Situation, task, action, result, reflection.";
    auto weak = run({{"id", "t"}, {"kind", "case"}, {"rubric", rubric}}, json{{"a", vague}});
    CHECK(outcome(weak, "role") == "missed");
    CHECK(outcome(weak, "actions") == "missed");
    CHECK(outcome(weak, "result") != "met");
    CHECK(outcome(weak, "specifics") == "missed");
    CHECK(weak.score < out.score / 2);
    // negated actions and a negated reflection are not actions or reflection
    const std::string denied =
        "Last year our checkout team had two weeks before a launch worth $2M. "
        "I didn't check the dashboard, I never looked at the refunds and I didn't tell finance. "
        "I didn't learn much from it and I wouldn't do anything differently.";
    auto no = run({{"id", "t"}, {"kind", "case"}, {"rubric", rubric}}, json{{"a", denied}});
    CHECK(outcome(no, "actions") == "missed");
    CHECK(outcome(no, "reflection") == "missed");
}

TEST_CASE("rubric: a very long part is graded up to its first 16 KiB, and the feedback says so") {
    const json c = criterion("late", 1, R"([["spillover"]])");
    std::string text;
    while (text.size() < 20000) text += "We count the users every week and report the totals. ";
    auto late = score(json::array({c}), text + "Spillover biases the estimate.");
    CHECK(outcome(late, "late") == "missed");  // beyond the graded part
    bool noted = false;
    for (const auto& line : late.feedback) noted = noted || line.find("only its first") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("rubric: an empty or missing answer scores zero") {
    const json rubric = json::array({criterion("x", 2, R"([["anything"]])")});
    CHECK(score(rubric, "").score == 0);
    auto out = run({{"rubric", rubric}}, json::object());
    CHECK(out.score == 0);
    CHECK(out.max == 2);
}
