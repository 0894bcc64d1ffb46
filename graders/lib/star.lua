-- Behavioral (STAR) story scoring for case rubrics: a criterion with "star": "<element>" instead
-- of "concepts" is scored here by the STRUCTURE and SPECIFICITY of the story, not its keywords:
--   situation   the context and what was at stake (a deadline, money, users, a launch)
--   role        the candidate's own part: sentences with "I" + a verb, not only "we"
--   actions     at least three concrete things the candidate did (past tense, first person)
--   result      a measured outcome: a result sentence carrying a number
--   reflection  what the candidate learned or would do differently
--   specifics   numbers, dates, names: at least three concrete figures in the story
-- A sentence that is a bare list (a short line, no verb) counts for nothing here: a story is
-- told, not tagged. Returns {outcome = "met"|"partly"|"missed", sent = index, why = text}.
local star = {}

local function set(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end

local irregular_past = set {"built", "wrote", "ran", "met", "took", "made", "set", "led", "sent", "found",
  "sat", "brought", "chose", "drew", "gave", "went", "told", "thought", "spoke", "dug", "split", "cut",
  "put", "began", "kept", "got", "held", "did", "read", "rewrote", "sold", "paid", "spent", "won", "hit",
  "saw", "knew", "taught", "caught", "felt", "left", "let", "shut", "stood", "understood", "undertook",
  "withdrew", "rebuilt", "shared", "became", "came", "drove", "flew", "fought", "forgot", "heard", "meant",
  "overrode", "rang", "said", "sought", "showed", "shown", "wound", "broke"}
local not_verbs = set {"need", "speed", "feed", "seed", "bed", "red", "shed", "indeed", "hundred", "based",
  "related", "interested", "limited", "advanced", "detailed", "experienced", "skilled", "talented",
  "automated", "dedicated", "biased", "red"}
local hypothetical = set {"would", "usually", "always", "typically", "generally", "normally", "tend"}

local stakes_words = set {"deadline", "risk", "revenue", "customers", "customer", "churn", "stake", "cost",
  "costs", "launch", "launching", "lose", "losing", "lost", "critical", "urgent", "blocked", "blocking",
  "escalated", "escalation", "million", "thousand", "outage", "miss", "missing", "budget", "contract",
  "board", "executive", "executives", "ceo", "vp", "quarter", "quarterly", "penalty", "users", "money",
  "fail", "failing", "delay", "delayed", "priority", "pressure", "complaints", "incident", "bet"}
local context_words = set {"when", "was", "were", "had", "team", "company", "project", "last", "ago", "year",
  "month", "months", "weeks", "role", "job", "joined", "working", "worked", "startup", "analyst",
  "scientist", "manager", "during", "at", "our", "my"}
local result_words = set {"result", "results", "outcome", "ended", "eventually", "finally", "saved", "reduced",
  "increased", "improved", "grew", "cut", "dropped", "rose", "shipped", "launched", "recovered", "lifted",
  "raised", "won", "adopted", "approved", "avoided", "caught", "prevented", "delivered", "went", "fell",
  "doubled", "halved", "closed", "signed", "retained", "promoted", "became", "now", "since", "impact",
  "led", "freed", "lowered", "gained", "hit", "beat", "met", "earned", "accepted", "changed"}
local reflection_words = set {"learned", "learnt", "lesson", "lessons", "differently", "hindsight", "looking",
  "taught", "realized", "realised", "reflect", "reflecting", "retrospect", "takeaway", "since", "nowadays",
  "habit", "today"}
local reflection_phrases = {"next time", "would have", "should have", "looking back", "taught me", "since then",
  "now i", "i now", "i still", "i always", "what i would change", "do it again", "in hindsight"}

local function is_past(w)
  if irregular_past[w] then return true end
  return #w >= 4 and w:sub(-2) == "ed" and not not_verbs[w]
end

local number_words = set {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
  "millions", "billion", "dozen", "dozens", "half", "twice", "double", "doubled", "tripled", "halved", "quarter"}

local function has_number(prepared, s)
  local sent = prepared.sentences[s]
  for i = sent.first, sent.last do
    local w = prepared.tokens[i].w
    if w:match("^%d") or w == "%" or number_words[w] then return true end
  end
  local t = sent.text:lower()
  return t:find("%$%d") ~= nil or t:find("%f[%a]half%f[%A]") ~= nil or t:find("%f[%a]twice%f[%A]") ~= nil
      or t:find("%f[%a]doubled?%f[%A]") ~= nil
end

local function words_of(prepared, s)
  local sent = prepared.sentences[s]
  local out = {}
  for i = sent.first, sent.last do out[#out + 1] = prepared.tokens[i].w end
  return out
end

local negations = set {"not", "no", "never", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "cannot",
  "couldnt", "shouldnt", "nor", "neither", "hardly", "barely", "hadnt", "havent", "hasnt", "wasnt", "werent",
  "nothing"}
-- Forward-looking phrases that reflect even with a negation in them ("next time I won't ...").
local forward_phrases = {"next time", "since then", "i now", "now i", "from then on", "these days"}

-- A first-person action: "i" followed within three words by a past-tense verb ("I never
-- checked" and "I didn't run" are not actions).
local function first_person_action(words)
  for i, w in ipairs(words) do
    if w == "i" then
      for k = i + 1, math.min(#words, i + 3) do
        if hypothetical[words[k]] or negations[words[k]] then break end
        if is_past(words[k]) then return true end
      end
    end
  end
  return false
end

-- Whether sentence s has a word of `vocabulary` that no negation reaches ("I didn't learn much",
-- "I wouldn't do anything differently" reflect nothing).
local function affirmed(prepared, s, vocabulary, rubric)
  local sent = prepared.sentences[s]
  for i = sent.first, sent.last do
    if prepared.tokens[i].w == "nothing" then return false end  -- "I learned nothing", "nothing I would do differently"
  end
  for i = sent.first, sent.last do
    if vocabulary[prepared.tokens[i].w] and not (rubric and rubric.negated(prepared, i, i, "claim")) then return true end
  end
  return false
end

local function has_negation(prepared, s)
  local sent = prepared.sentences[s]
  for i = sent.first, sent.last do
    if negations[prepared.tokens[i].w] then return true end
  end
  return false
end

local function count(words, vocabulary)
  local n = 0
  for _, w in ipairs(words) do if vocabulary[w] then n = n + 1 end end
  return n
end

local function contains_phrase(text, phrase)
  return (" " .. text:lower():gsub("[^%w%s]", " "):gsub("%s+", " ") .. " "):find(" " .. phrase .. " ", 1, true) ~= nil
end

local function told(prepared)
  local out = {}
  for s, sent in ipairs(prepared.sentences) do
    if not sent.bare and sent.last - sent.first >= 3 then out[#out + 1] = s end
  end
  return out
end

function star.score(kind, prepared, text, rubric)
  local sentences = told(prepared)
  if #sentences == 0 then return {outcome = "missed", why = "no story told in full sentences"} end
  if kind == "situation" then
    local limit = math.max(3, math.ceil(#sentences / 3))
    local context, stakes
    for k = 1, math.min(#sentences, limit) do
      local words = words_of(prepared, sentences[k])
      if not context and count(words, context_words) > 0 then context = sentences[k] end
      if not stakes and (count(words, stakes_words) > 0 or has_number(prepared, sentences[k])) then stakes = sentences[k] end
    end
    if context and stakes then return {outcome = "met", sent = stakes} end
    if context or stakes then
      return {outcome = "partly", sent = context or stakes, why = "say what was at stake: the deadline, the money, the users"}
    end
    return {outcome = "missed", why = "open with the context and what was at stake"}
  elseif kind == "role" then
    local mine, ours, first = 0, 0, nil
    for _, s in ipairs(sentences) do
      local words = words_of(prepared, s)
      if first_person_action(words) then mine = mine + 1 first = first or s end
      if count(words, set {"we", "our", "us"}) > 0 then ours = ours + 1 end
    end
    if mine >= 3 and mine * 2 >= ours then return {outcome = "met", sent = first} end
    if mine >= 1 then
      return {outcome = "partly", sent = first, why = "say what YOU did: more sentences with \"I\" than \"we\""}
    end
    return {outcome = "missed", why = "the story never says what you did yourself (\"I ...\")"}
  elseif kind == "actions" then
    local n, first, specific = 0, nil, false
    for _, s in ipairs(sentences) do
      if first_person_action(words_of(prepared, s)) then
        n = n + 1
        first = first or s
        if has_number(prepared, s) or #words_of(prepared, s) >= 10 then specific = true end
      end
    end
    if n >= 3 and specific then return {outcome = "met", sent = first} end
    if n >= 1 then return {outcome = "partly", sent = first, why = "give at least three concrete steps you took"} end
    return {outcome = "missed", why = "no concrete action in the past tense: what did you actually do?"}
  elseif kind == "result" then
    local partly
    for k = #sentences, 1, -1 do
      local s = sentences[k]
      local words = words_of(prepared, s)
      if affirmed(prepared, s, result_words, rubric) or contains_phrase(prepared.sentences[s].text, "as a result") then
        if has_number(prepared, s) then return {outcome = "met", sent = s} end
        partly = partly or s
      end
    end
    if partly then return {outcome = "partly", sent = partly, why = "measure the result: a number, a before and after"} end
    return {outcome = "missed", why = "how did it end? give the measured result"}
  elseif kind == "reflection" then
    for k = #sentences, 1, -1 do
      local s = sentences[k]
      local t = prepared.sentences[s].text
      local hit = affirmed(prepared, s, reflection_words, rubric)
      if not hit and not has_negation(prepared, s) then
        for _, p in ipairs(reflection_phrases) do if contains_phrase(t, p) then hit = true break end end
      end
      if not hit then
        for _, p in ipairs(forward_phrases) do if contains_phrase(t, p) then hit = true break end end
      end
      if hit then
        if #words_of(prepared, s) >= 6 then return {outcome = "met", sent = s} end
        return {outcome = "partly", sent = s, why = "say what you learned and what you now do differently"}
      end
    end
    return {outcome = "missed", why = "end with what you learned or would do differently"}
  elseif kind == "specifics" then
    local n, first = 0, nil
    for _, s in ipairs(sentences) do
      if has_number(prepared, s) then n = n + 1 first = first or s end
    end
    if n >= 3 then return {outcome = "met", sent = first} end
    if n >= 1 then return {outcome = "partly", sent = first, why = "more figures: sizes, dates, percentages, money"} end
    return {outcome = "missed", why = "no figure anywhere: a story without numbers is hard to believe"}
  end
  error("unknown star element \"" .. tostring(kind) .. "\" (situation, role, actions, result, reflection, specifics)", 0)
end

return star
