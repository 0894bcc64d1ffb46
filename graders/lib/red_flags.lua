-- Shared red flags for case answers: `require "red_flags"` (rubric.lua applies them to every case
-- problem; a problem lists ids to skip in "ignore_red_flags" and adds its own in "red_flags").
--
-- A flag is a claim of bad practice: `says` lists concept groups that must all occur in one
-- sentence, not negated ("we will not stop early" is fine). A sentence that criticises the
-- practice (a `critique` phrase below: "inflates", "p-hacking", "wrong" ...) or contains one of
-- the flag's `unless` phrases does not raise it. With `window = N`, each later group must follow
-- the first one within N words ("drop the guardrail", not "a drop in the guardrail metric").
-- A raised flag costs `points` (default: 35% of the problem's text points) and prepl never
-- accepts the answer.
local flags = {}

-- Words that show a sentence describes a practice in order to reject it.
flags.critique = {
  "inflate", "inflates", "inflated", "invalid", "invalidate", "wrong", "mistake", "bad practice",
  "bad idea", "pitfall", "tempting", "trap", "fallacy", "flaw", "flawed", "naive", "p-hacking",
  "p hacking", "hacking", "cherry-pick", "cherry-picking", "cherry picking", "fishing", "forking paths",
  "false positive", "false positives", "type i error", "error rate", "misleading", "mislead", "danger",
  "dangerous", "risk of", "risky", "problem with", "the problem is", "biased", "bias", "dishonest",
  "unethical", "inflation", "would be an error", "a classic error", "common error",
  "avoid", "resist", "temptation", "would overstate", "overstate", "overstates", "spurious", "by chance",
  "chance alone", "multiple comparisons", "multiple testing", "winner's curse", "regression to the mean",
}

-- In a behavioral story (a problem with `star` criteria), words that own up to a practice: "I
-- rushed it and skipped the holdout" tells a failure, it does not recommend one.
flags.story_critique = {"rushed", "should have", "careless", "carelessly", "sloppy", "regret", "my fault",
  "lesson", "learned", "learnt"}

flags.flags = {
  {
    id = "peeking",
    name = "stopping the test the moment it looks significant",
    message = "stopping when the p-value first dips below alpha (peeking) inflates false positives far above 5%: fix the sample size in advance or use a sequential test",
    says = {
      {"stop", "end", "call", "conclude", "declare", "halt", "ship", "finish", "wrap up", "turn off", "decide",
       "keep running", "keep it running", "keep the test running", "run until", "extend", "launch"},
      {"significant", "significance", "p < 0.05", "p<0.05", "p-value", "p value", "winner", "stat sig",
       "statsig", "confidence reaches", "95% confidence"},
      {"as soon as", "once", "the moment", "whenever", "until", "early", "daily", "every day",
       "each day", "every morning", "hits", "reaches", "crosses", "dips", "drops below", "falls below",
       "after the first", "after a few days", "after one week", "if"},
    },
    unless = {"harm", "harmful", "worse", "crash", "crashes", "guardrail", "safety", "planned", "pre-registered", "preregistered", "fixed", "sequential", "always-valid", "alpha spending",
              "o'brien", "pocock", "msprt", "horizon", "full duration", "full two weeks", "full sample",
              "sample size", "in advance", "pre-specified", "prespecified", "predetermined"},
  },
  {
    id = "slicing",
    name = "slicing segments until one is significant",
    message = "cutting the data until some segment is significant is a garden of forking paths: with 20 cuts one is 'significant' by chance; pre-register segments or correct for multiple comparisons",
    says = {
      {"slice", "segment", "segments", "cut", "cuts", "split", "break down", "subgroup", "subgroups", "drill",
       "country", "countries", "platform", "cohort"},
      {"until", "till", "keep slicing", "keep cutting", "keep looking", "keep digging", "find one that",
       "whichever", "at least one", "hunt for", "fish for", "fishing for"},
      {"significant", "significance", "works", "winning", "wins", "positive", "p < 0.05", "lift", "effect shows"},
    },
    unless = {"correct", "correction", "bonferroni", "holm", "benjamini", "false discovery", "fdr",
              "pre-register", "preregister", "pre-specified", "prespecified", "exploratory",
              "hypothesis-generating", "confirm", "confirmation", "replicate", "replication", "follow-up test",
              "holdout", "adjust"},
  },
  {
    id = "hide-bad-metric",
    name = "hiding or dropping a metric that got worse",
    message = "leaving out or redefining a metric because it moved the wrong way hides the cost of the launch: report every pre-registered metric, and treat a guardrail regression as a decision input",
    says = {
      {"drop", "remove", "leave out", "exclude", "omit", "skip", "downplay", "bury", "ignore",
       "not report", "not mention", "not show", "not include", "stop tracking", "quietly", "hide"},
      {"guardrail", "guardrails", "metric that got worse", "metrics that got worse", "metric that regressed",
       "negative result", "negative results", "the bad metric", "bad numbers", "negative metric",
       "counter-metric", "counter metric", "the decline", "the loss"},
    },
    window = 4,
    unless = {"pre-registered", "pre-specified", "noise", "no longer relevant", "broken logging", "bug in",
              "instrumentation", "regression adjustment", "drop off", "drop-off", "dropoff", "drop out", "drops off", "drop in", "drops in"},
  },
  {
    id = "ignore-srm",
    name = "running the analysis despite a sample ratio mismatch",
    message = "a sample ratio mismatch means assignment or logging is broken; the comparison is not trustworthy until its cause is found",
    says = {
      {"srm", "sample ratio mismatch", "split is off", "uneven split", "imbalance", "unbalanced", "ratio is off",
       "more users in", "fewer users in"},
      {"ignore", "fine", "ok", "okay", "proceed", "go ahead", "anyway", "doesn't matter", "not a problem",
       "not a big deal", "no big deal", "small enough", "negligible", "harmless", "just noise", "can live with",
       "not worry", "don't worry", "move on", "carry on"},
    },
    unless = {"investigate", "find the cause", "root cause", "debug", "check", "fix", "before", "stop", "until"},
  },
  {
    id = "correlation-causal",
    name = "calling a correlation causal",
    message = "a correlation in observational data is not a causal effect: confounders and selection can produce it; use an experiment or a quasi-experimental design",
    says = {
      {"correlation", "correlated", "correlates", "associated", "association", "users who", "customers who",
       "stores that", "people who"},
      {"proves", "prove", "proof", "caused", "causes", "causal", "drives", "drove",
       "is responsible for"},
      {"so", "therefore", "thus", "clearly", "obviously", "definitely", "proves", "proof", "confirm",
       "confirms", "means", "we know", "it is clear", "no need", "enough to"},
    },
    unless = {"confound", "confounder", "confounding", "selection", "spurious", "experiment",
              "randomized", "diff-in-diff", "difference-in-differences", "synthetic control", "instrument",
              "matching", "propensity", "counterfactual", "might", "may", "could", "whether", "assume",
              "assumption", "question"},
  },
  {
    id = "wrong-unit",
    name = "randomizing on a unit that breaks the metric",
    message = "randomizing by session or page view while measuring a per-user metric lets one user see both arms, so the arms contaminate each other and the variance estimate is wrong",
    says = {
      {"randomize", "randomise", "assign", "bucket", "split"},
      {"by session", "per session", "at the session level", "session-level", "by page view", "per page view",
       "by pageview", "per request", "by request", "per impression", "by impression", "impression-level",
       "per query", "by query"},
    },
    unless = {"instead of", "rather than", "carryover", "carry-over", "short-lived", "search ranking",
              "stateless", "wrong", "switchback"},
  },
  {
    id = "tune-until-it-looks-right",
    name = "changing the analysis until the answer looks right",
    message = "choosing the baseline, the window or the sample because it gives the answer you want makes the result meaningless: fix the analysis before looking at the outcome",
    says = {
      {"until", "till", "whichever", "whatever", "pick the", "choose the"},
      {"look parallel", "looks parallel", "look good", "looks good", "look best", "looks best", "look better",
       "looks better", "look right", "looks right", "most favorable", "most favourable", "best story",
       "look significant", "the story we want", "the answer we want", "supports the launch", "looks clean",
       "look clean", "review passes", "the review passes", "look like a win", "looks like a win",
       "looks positive", "look positive", "is back above", "gets back above"},
    },
  },
  {
    id = "drop-inconvenient-data",
    name = "dropping the data that went the wrong way",
    message = "removing units because their outcome moved the wrong way biases the estimate toward the answer you wanted; exclusions must be decided on pre-treatment data",
    says = {
      {"drop", "remove", "exclude", "throw out", "filter out", "discard"},
      {"whose sales fell", "whose sales dropped", "whose sales declined", "who got worse", "whose metric fell",
       "whose revenue fell", "whose revenue dropped", "whose numbers fell", "the losers", "underperformers",
       "as outliers"},
    },
    unless = {"bot", "bots", "spam", "fraud", "test accounts", "duplicate", "duplicates", "pre-period", "before launch",
              "pre-treatment", "before the test"},
  },
  {
    id = "no-control",
    name = "measuring impact without a control",
    message = "a before/after comparison without a control confounds the change with seasonality, trends and everything else that moved: keep a holdout or use a quasi-experimental design",
    says = {
      {"no holdout", "without a holdout", "skip the holdout", "no need for a holdout", "no control group",
       "without a control group", "no need for a control", "no need for an experiment", "no need for a test",
       "no need for a randomized test", "no need for an a/b test", "no need to run an experiment",
       "no need to test", "don't need an experiment", "don't need a holdout", "don't need a test",
       "skip the experiment", "skip the test", "pre/post comparison", "pre-post comparison",
       "before/after comparison", "before-and-after comparison", "versus last quarter", "vs last quarter",
       "versus last month", "vs last month", "compared with last month", "compared to last month"},
    },
    unless = {"confound", "confounded", "confounding", "seasonality", "trend", "trends", "difference-in-differences",
              "diff-in-diff", "synthetic control", "quasi", "naive", "misleading", "because there is", "since there is",
              "so we need", "we need", "instead", "not possible", "impossible", "infeasible", "can't", "cannot",
              "available", "biased", "only", "why"},
  },
  {
    id = "proves-causation",
    name = "claiming proof of a causal effect from observational data",
    message = "an observational comparison, even stratified or matched, cannot prove causation: other differences remain; confirm with a randomized test",
    says = {
      {"proves", "prove", "proof", "definitely", "certainly", "guarantees"},
      {"cause", "causes", "caused", "causal", "works", "effect", "better", "higher", "lifts", "drives"},
    },
    unless = {"randomized", "experiment", "a/b", "ab test", "confound", "confounder", "if", "whether"},
  },
  {
    id = "independent-observations",
    name = "analysing below the randomization unit",
    message = "when clusters, windows or markets are randomized, the observations inside one are not independent: analyse at the randomization unit (or with clustered errors), or the intervals are far too narrow",
    says = {
      {"independent observation", "independent observations", "as independent", "independent data points",
       "each trip as", "every trip as", "each user as", "every user as", "each order as", "every order as",
       "pool all trips", "pool all users", "pool the trips", "pool the users"},
    },
    unless = {"clustered standard errors", "clustered errors", "cluster-robust", "cluster robust", "wrong", "overstate", "too narrow",
              "understate", "not independent", "correlated"},
  },
  {
    id = "make-it-look-good",
    name = "shaping the report so the launch looks good",
    message = "leaving out, re-cutting or re-drawing results so that a launch looks good is not analysis: report what happened, the bad with the good, and let the decision weigh it",
    says = {
      {"so", "so that", "to make", "in order to make", "making"},
      {"looks good", "look good", "looks better", "look better", "looks clean", "look clean", "looks like a win",
       "look like a win", "looks positive", "look positive", "jump is more visible", "drop less visible",
       "looks impressive", "look impressive"},
    },
    window = 5,
  },
  {
    id = "eyeball-causal",
    name = "reading cause from a chart or a before/after",
    message = "a line that rises after a launch shows timing, not cause: traffic, seasonality and other launches move it too; compare with a control or a counterfactual",
    says = {
      {"the launch", "the feature", "onboarding", "the redesign", "the new flow", "the new version",
       "the campaign", "the change"},
      {"clearly caused", "obviously caused", "definitely caused", "undoubtedly caused", "clearly drove",
       "obviously drove", "clearly worked", "obviously worked", "is clearly responsible", "proves it worked"},
    },
    window = 3,
    unless = {"randomized", "experiment", "a/b", "ab test", "control group", "holdout", "confound",
              "counterfactual", "if", "whether", "not", "cannot", "can't", "doesn't", "does not", "something else",
              "seasonality", "logging", "bug", "denominator", "other"},
  },
  {
    id = "ship-over-guardrail",
    name = "launching whatever the guardrails say",
    message = "a guardrail exists to stop a launch: shipping regardless of a regression in it makes it decoration; agree in advance how much loss is acceptable and hold to it",
    says = {
      {"ship", "launch", "roll out", "go ahead", "release"},
      {"regardless of", "no matter", "even if", "even though", "despite", "whatever happens to"},
      {"guardrail", "guardrails", "counter-metric", "counter metric", "retention", "churn", "complaints",
       "cancellations", "refunds", "quality"},
    },
    window = 8,
    unless = {"within", "tolerance", "threshold", "agreed", "acceptable", "noise", "not significant", "small",
              "tiny", "pre-registered", "trade-off", "tradeoff", "would not", "wouldn't", "never", "hold",
              "roll back", "rollback", "revert", "pause", "delay", "stop", "block", "not", "don't"},
  },
  {
    id = "vanity-north-star",
    name = "a vanity or cumulative count as the north-star metric",
    message = "a total that only grows (downloads, installs, sign-ups, registered users, page views) cannot fall when the product gets worse: pick a rate or a count of value delivered per period (e.g. weekly users who complete the core action)",
    says = {
      {"north star", "primary metric", "main metric", "success metric", "key metric", "headline metric",
       "goal metric", "optimize for", "maximize", "the metric should be", "measure success by", "success is"},
      {"total downloads", "number of downloads", "app downloads", "downloads", "installs", "app installs",
       "total sign-ups", "total signups", "number of sign-ups", "number of signups", "registered users",
       "registrations", "total users", "cumulative", "all-time", "page views", "pageviews"},
    },
    window = 5,
    unless = {"vanity", "rather than", "instead of", "not", "cannot fall", "can't fall", "only grows", "only climbs",
              "but", "also watch", "also track", "secondary",
              "only goes up", "misleading", "input metric", "guardrail", "funnel", "per active", "rate",
              "retained", "retention", "weekly active", "monthly active"},
  },
  {
    id = "no-guardrails",
    name = "no guardrail metrics",
    message = "every launch can hurt something it does not target: name the guardrails (quality, retention, revenue, latency, the other side of the market) and the regression that would stop it",
    says = {
      {"no guardrails", "no guardrail", "no need for guardrails", "no need for guardrail metrics",
       "without guardrails", "skip the guardrails", "skip guardrails", "guardrails are not needed",
       "guardrails are unnecessary", "don't need guardrails", "only track the north star",
       "only the north star matters", "nothing else matters"},
    },
    unless = {"wrong", "mistake", "risky", "dangerous", "never", "would be"},
  },
  {
    id = "hide-mistake",
    name = "keeping a mistake quiet",
    message = "an interviewer listens for ownership: a mistake you found is told to the people who used it, quickly, with the corrected numbers",
    says = {
      {"quietly fixed", "quietly corrected", "quietly updated", "fixed it quietly", "fixed it silently",
       "silently fixed", "silently corrected", "without telling anyone", "didn't tell anyone",
       "did not tell anyone", "told no one", "told nobody", "kept it to myself", "kept it quiet",
       "nobody noticed", "hoped nobody", "covered it up", "swept it under"},
    },
    unless = {"learned", "lesson", "mistake was", "regret", "should have", "wrong of me", "would not",
              "wouldn't", "never again", "instead i", "rather than"},
  },
  {
    id = "around-the-person",
    name = "going around or over a colleague instead of talking to them",
    message = "escalating over someone's head, or working around them, before talking to them directly reads as poor collaboration: raise it with them first, then escalate together if needed",
    says = {
      {"went over her head", "went over his head", "went over their head", "went over my manager",
       "went around her", "went around him", "went around them", "went around my manager", "behind her back",
       "behind his back", "behind their back", "ignored her", "ignored him", "ignored them",
       "took the credit", "took credit"},
    },
    unless = {"learned", "lesson", "regret", "should have", "mistake", "would not", "wouldn't", "never again",
              "instead", "rather than", "gave", "shared the credit"},
  },
  {
    id = "hide-uncertainty",
    name = "leaving out the uncertainty or the caveats",
    message = "simplifying for an audience means translating the uncertainty (a plain range, what could change the answer), not hiding it: a decision made on a number presented as certain is made blind",
    says = {
      {"left out", "leave out", "leaving out", "dropped", "removed", "hid", "hide", "skipped", "omitted",
       "didn't mention", "did not mention", "never mentioned", "not mention", "glossed over"},
      {"uncertainty", "caveat", "caveats", "confidence interval", "confidence intervals", "error bars",
       "margin of error", "limitations", "risks", "range"},
    },
    window = 5,
    unless = {"kept", "instead", "plain", "translated", "replaced", "range of", "as a range", "rather than",
              "mistake", "should have", "learned", "lesson"},
  },
  {
    id = "trust-me",
    name = "asking to be trusted instead of showing the evidence",
    message = "'trust me' persuades nobody who disagrees and teaches nothing: show the comparison or the test that convinced you, in their terms",
    says = {
      {"trust me", "take my word", "because i said so", "just trust the model", "just trust the data",
       "trust the numbers", "trust my analysis"},
    },
    unless = {"instead of", "rather than", "mistake", "should have", "learned", "lesson", "never"},
  },
  {
    id = "blame",
    name = "blaming others in a story",
    message = "an interviewer hears blame as a lack of ownership: describe what you did and what you would change",
    says = {
      {"their fault", "his fault", "her fault", "the team's fault", "not my fault", "incompetent", "lazy",
       "useless team", "blame them", "blamed them", "blamed him", "blamed her", "idiot", "idiots",
       "their problem", "not my problem", "their decision, not mine"},
    },
    unless = {"although", "even though", "so i"},
  },
  {
    id = "fake-weakness",
    name = "a weakness that is a disguised strength",
    message = "'I work too hard' or 'I am a perfectionist' is heard as dodging the question: name a real weakness and what you do about it",
    says = {
      {"perfectionist", "work too hard", "care too much", "too dedicated", "too detail-oriented",
       "work too much", "too passionate"},
    },
    unless = {"cliche", "cliché", "not going to say", "rather than say", "instead of saying", "clichéd"},
  },
}

return flags
