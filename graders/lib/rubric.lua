-- Rubric scoring for case problems: `local rubric = require "rubric"`.
--
-- The default grader of `kind: "case"` problems (docs/CASE_FORMAT.md). A criterion is a CLAIM:
-- every concept group must be found in ONE sentence (or within `window` words), not anywhere in
-- the part. The matching is deterministic and explainable, not understanding:
--   * words are stemmed with Snowball (the global `stem`, libstemmer); common typos of longer
--     words (one edit) still match; British -ise spellings meet -ize; numbers and < > = % are
--     words, so "p < 0.05" is matchable; a, an, the and forms of "be"/"do" are ignored;
--   * graders/lib/thesaurus.lua widens every synonym to its domain equivalents;
--   * negation in the style of NegEx: triggers before the term ("not", "no need to", "skip",
--     "without" ...) and after it ("isn't a concern", "is pointless", "doesn't matter" ...),
--     pseudo-negations ("not only", "no doubt"), hypothetical ones ("if we don't ..."), and a
--     scope that ends at clause punctuation and at but/however/although ...;
--     a synonym that itself contains a negation ("no peeking") needs one in the answer;
--   * `contradicts`: phrases or claims stating the opposite; found, they void the criterion;
--   * a claim made only in a bare list (a short line or a sentence without a verb) earns "partly";
--   * red flags (graders/lib/red_flags.lua and the problem's own) subtract points, and prepl
--     never accepts an answer that raises one;
--   * `star` criteria score a behavioral story's structure (graders/lib/star.lua).
local thesaurus = require "thesaurus"
local library_flags = require "red_flags"
local star = require "star"

local rubric = {}

rubric.partly_ratio = 0.5       -- share of a criterion's points for "partly": parts in two sentences
rubric.bare_ratio = 0.1         -- ... and for "partly" because it is only named in a bare list
rubric.flag_penalty_ratio = 0.35-- default red-flag penalty: this share of the text points
rubric.pre_scope = 6            -- words before a term a negation reaches
rubric.post_scope = 5           -- words after a term a trailing negation reaches

local function set(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end

-- Ignored when matching (both in answers and in synonyms).
local stopwords = set {"a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am",
  "do", "does", "did", "its", "it", "this", "that", "these", "those", "very", "really", "just",
  "also", "of"}
-- Negation words: skipped inside a matched phrase but make it negated.
local negation_words = set {"not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent",
  "wasnt", "werent", "wont", "cant", "cannot", "shouldnt", "wouldnt", "couldnt", "neednt",
  "mustnt", "nor", "neither", "without", "none", "hardly", "lacks", "lacking"}
-- Before a term, within the clause, these negate it in criteria (not in red flags).
local soft_pre = {"avoid", "avoids", "avoiding", "skip", "skips", "skipping", "ignore", "ignores",
  "ignoring", "forget", "forgo", "omit", "drop", "rather than", "instead of", "fail to",
  "fails to", "failing to", "lack of", "absence of", "refrain from", "stop worrying about",
  "no need to", "unnecessary to", "pointless to", "waste of time to"}
-- After a term, within the clause: a negation word followed by one of these ...
local concern_words = set {"concern", "issue", "problem", "need", "needed", "necessary", "required",
  "important", "relevant", "worth", "matter", "matters", "applicable", "factor", "big", "real",
  "deal", "helpful", "useful", "care", "bother", "apply", "valid", "risk", "worry", "needs",
  "require", "requires", "help", "helps", "work", "works", "affect", "exist", "exists", "hold",
  "holds", "happen", "happens", "present"}
-- ... or one of these words, negate it.
local post_words = set {"unnecessary", "pointless", "irrelevant", "overkill", "needless", "useless",
  "moot", "negligible", "unimportant", "optional", "unneeded", "superfluous", "nonissue"}
local post_modal = set {"can", "could", "may", "should", "safely"}
local post_ignored = set {"ignored", "skipped", "dropped", "omitted", "dismissed", "disregarded"}
-- A negation word followed by these is not a negation ("not only", "no doubt").
local pseudo_next = set {"only", "just", "doubt", "matter", "least", "less", "mention", "surprisingly",
  "longer", "exception", "wonder"}
-- A negation after these in its clause is hypothetical ("if we don't randomize, ...").
local conditionals = set {"if", "unless", "whether", "otherwise", "when", "lest"}
-- Words that end a negation's scope (they start a new clause).
local terminators = set {"but", "however", "although", "though", "yet", "whereas", "except",
  "instead", "because", "since", "which", "while", "so", "then", "therefore", "thus", "hence"}
-- A sentence with one of these (or a past-tense verb) is a statement, not a bare list.
local predicate_words = set {"is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
  "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
  "because", "since", "so", "therefore", "thus", "if", "when", "which", "that", "where", "who", "whose",
  "than", "means", "causes", "leads", "makes", "gives", "needs", "runs", "compares", "checks", "measures",
  "tracks", "tests", "estimates", "shows", "suggests", "says", "hurts", "helps", "affects", "changes",
  "moves", "shifts", "increases", "decreases", "reduces", "raises", "lowers", "drives", "gets", "goes",
  "takes", "inflates", "biases", "violates", "underestimates", "overestimates", "receives", "depends",
  "comes", "becomes", "lets", "starts", "begins", "includes", "excludes", "catches", "hides", "masks",
  "explains", "spills", "leaks", "tells", "counts", "defines", "captures", "reflects", "ignores", "stays",
  "remains", "grows", "falls", "rises", "drops", "differs", "matters", "holds", "happens", "works",
  "implies", "states", "notes", "isnt", "arent", "dont", "doesnt", "wont", "cant", "cannot", "wasnt",
  "werent", "didnt", "shouldnt", "wouldnt", "ill", "id", "youd", "theyll"}
-- Words that relate the terms around them: a verbless line with one says something about them.
local relation_words = set {"of", "on", "at", "by", "via", "through", "from", "to", "for", "with", "per",
  "vs", "versus", "than", "because", "due", "since", "so", "into", "across", "between", "within",
  "over", "under", "after", "before", "until", "unless", "if", "when", "instead", "rather", "as"}
-- Base forms of verbs: a predicate at the start of a clause (an imperative: "Segment by platform")
-- or after a subject or modal ("we segment"), not inside a list of nouns ("spillover underestimate").
local base_verbs = set {"use", "run", "compare", "check", "measure", "track", "look", "split", "test",
  "randomize", "randomise", "estimate", "compute", "calculate", "monitor", "report", "build", "pick",
  "choose", "set", "stop", "wait", "keep", "drop", "add", "remove", "launch", "ship", "ramp", "analyse",
  "analyze", "model", "adjust", "match", "weight", "fit", "plot", "want", "expect", "see", "find", "show",
  "suggest", "say", "hurt", "help", "affect", "change", "move", "shift", "increase", "decrease", "reduce",
  "raise", "lower", "drive", "get", "go", "take", "try", "ask", "assign", "segment", "control", "confirm",
  "verify", "inflate", "bias", "violate", "underestimate", "overestimate", "receive", "depend", "come",
  "become", "let", "start", "begin", "include", "exclude", "catch", "hide", "mask", "explain", "tell",
  "decide", "prefer", "recommend", "avoid", "detect", "isolate", "attribute", "count", "divide", "define",
  "capture", "reflect", "ignore", "stay", "remain", "grow", "fall", "rise", "differ", "matter", "hold",
  "happen", "work", "extend", "chart", "pause", "roll", "revert", "fix", "debug", "rerun", "retest",
  "flag", "alert", "validate", "clarify", "investigate", "quantify", "weigh", "delay", "iterate", "tweak",
  "stratify", "standardize", "reweight", "follow", "survey", "interview", "talk", "watch", "treat", "read",
  "rule", "state", "argue", "claim", "think", "believe", "propose", "note", "make", "give", "need", "mean",
  "cause", "lead", "slice", "break", "cut", "pair", "put", "ensure"}
local subjects = set {"i", "we", "you", "they", "to", "will", "would", "should", "can", "could", "must", "may",
  "might", "id", "ill", "well", "youd", "lets", "then", "and", "first", "also", "just", "only", "always",
  "never", "not", "dont", "it", "this", "that", "which", "users", "people"}

-- Spelling: British -ise/-yse forms meet the American ones before stemming.
local function americanize(w)
  if #w < 6 then return w end
  local s = w:gsub("([aoiy]l)is(%a*)$", "%1iz%2"):gsub("(om)is(%a*)$", "%1iz%2"):gsub("(or)is(%a*)$", "%1iz%2")
    :gsub("(gn)is(%a*)$", "%1iz%2"):gsub("(ly)s(e%a*)$", "%1z%2"):gsub("^(random)is", "%1iz")
  return s
end

local stem_cache = {}
function rubric.stem(word)
  local hit = stem_cache[word]
  if hit then return hit end
  local s
  if word:match("^[%d%.]+$") or not word:match("^%a") then
    s = word
  else
    s = stem(americanize(word))
  end
  stem_cache[word] = s
  return s
end

local function normalize_number(n)
  n = n:gsub("%.$", "")
  if n:sub(1, 1) == "." then n = "0" .. n end
  return n
end

-- Splits a text into sentences: {text = original, words = {raw lower words incl. stopwords},
-- bullet = bool}. Lines starting with -, *, • or "1." are sentences of their own.
function rubric.sentences(text)
  text = tostring(text or "")
  local out = {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    local bullet = line:match("^%s*[-*\226]") ~= nil or line:match("^%s*%d+[%.%)]%s") ~= nil
    -- Protect abbreviations and decimals from the sentence split.
    local protected = line:gsub("(%a)%.(%a)%.", "%1%2"):gsub("%f[%a]vs%.", "vs"):gsub("%f[%a]etc%.", "etc")
      :gsub("%f[%a]approx%.", "approx")
    local start = 1
    while start <= #protected do
      local a, b = protected:find("[%.!%?]+%s+", start)
      local piece
      if a then piece = protected:sub(start, a) start = b + 1 else piece = protected:sub(start) start = #protected + 1 end
      if piece:match("%w") then out[#out + 1] = {text = piece:gsub("^%s+", ""):gsub("%s+$", ""), bullet = bullet} end
    end
  end
  return out
end

-- Tokens of one sentence: words, numbers and the symbols < > = % as words; clause punctuation as
-- the marker "|". Apostrophes inside words are dropped ("don't" -> "dont").
local tokenize_cache = {}
local function tokenize(text)
  local cached = tokenize_cache[text]
  if cached then return cached end
  local t = text:lower()
  if t:find("\226", 1, true) then
    t = t:gsub("[\226][\128][\152\153]", "'"):gsub("\226\137\164", "<="):gsub("\226\137\165", ">=")
      :gsub("\226\128[\147\148]", ",")
  end
  if t:find("'", 1, true) then t = t:gsub("(%a)'(%a)", "%1%2"):gsub("'", " ") end
  local out = {}
  local i, n = 1, #t
  while true do
    -- jump to the next character that starts a token
    i = t:find("[%w%.<>=%%%(%)%[%],;:!%?]", i)
    if not i then break end
    local c = t:sub(i, i)
    if c:match("%a") then
      local j = t:find("[^%w]", i) or n + 1
      out[#out + 1] = t:sub(i, j - 1)
      i = j
    elseif c:match("%d") or (c == "." and t:sub(i + 1, i + 1):match("%d")) then
      local num = t:match("^%.?%d[%d,]*%.?%d*", i)
      i = i + #num
      out[#out + 1] = normalize_number(num:gsub(",(%d%d%d)", "%1"))
    elseif c == "<" or c == ">" or c == "=" then
      if t:sub(i + 1, i + 1) == "=" then out[#out + 1] = c .. "=" i = i + 2 else out[#out + 1] = c i = i + 1 end
    elseif c == "%" then
      out[#out + 1] = "%"
      i = i + 1
    elseif c == "(" or c == "[" then
      out[#out + 1] = "("
      i = i + 1
    elseif c == ")" or c == "]" then
      out[#out + 1] = ")"
      i = i + 1
    elseif c == "." then
      i = i + 1
    else
      out[#out + 1] = "|"  -- , ; : ! ?
      i = i + 1
    end
  end
  -- short texts (synonyms, flag phrases) come back many times: keep them (read-only to callers)
  if #text <= 64 then tokenize_cache[text] = out end
  return out
end

local function is_predicate(word, previous)
  if predicate_words[word] then return true end
  if base_verbs[word] and (previous == nil or subjects[previous]) then return true end
  -- past tenses and 3rd-person verbs of the rubric's own vocabulary are too many to list; a word
  -- ending in -ed that is not a known adjective/noun counts.
  return #word >= 5 and word:sub(-2) == "ed" and not word:match("based$") and not word:match("need$")
end

-- Prepares an answer text: tokens {w, s, neg, sent, clause} (stopwords removed) and sentences
-- {text, bare, first, last}.
function rubric.prepare(text)
  local tokens, sentences = {}, {}
  local clause = 0
  for si, sentence in ipairs(rubric.sentences(text)) do
    local raw = tokenize(sentence.text)
    local words, predicate, relations = 0, false, 0
    local items, short_items, item_words, longest = 0, 0, 0, 0  -- comma-separated items
    local function close_item()
      if item_words > 0 then
        items = items + 1
        if item_words <= 3 then short_items = short_items + 1 end
        if item_words > longest then longest = item_words end
      end
      item_words = 0
    end
    clause = clause + 1
    local first = #tokens + 1
    local depth = 0  -- inside parentheses: an aside, not items of a list
    local previous = nil  -- the word before, nil at the start of a clause
    for _, w in ipairs(raw) do
      if w == "(" or w == ")" then
        clause = clause + 1
        previous = nil
        depth = math.max(0, depth + (w == "(" and 1 or -1))
      elseif w == "|" then
        clause = clause + 1
        previous = nil
        if depth == 0 then close_item() end
      else
        words = words + 1
        if depth > 0 then
          -- not counted as an item
        elseif w == "and" or w == "or" then close_item() else item_words = item_words + 1 end
        if is_predicate(w, previous) then predicate = true end
        if relation_words[w] then relations = relations + 1 end
        previous = w
        if terminators[w] then clause = clause + 1 end
        if not stopwords[w] then
          tokens[#tokens + 1] = {w = w, s = rubric.stem(w), neg = negation_words[w] or false, sent = si, clause = clause}
        end
      end
    end
    close_item()
    -- "a, b, c and d": named, not explained (no item of the sentence says anything about them)
    local list = items >= 3 and short_items * 4 >= items * 3 and longest < 6
    -- A verbless line of 5+ words that relates its terms ("lower bound on the global effect",
    -- "cluster-robust errors at the community level") is a terse claim, not a list of names.
    local related = relations >= 1 and words >= 5 and items <= 2
    -- the same word over and over ("mature of matured on mature") says nothing either
    local distinct, content = {}, 0
    for k = first, #tokens do
      local t = tokens[k]
      if not relation_words[t.w] and not t.neg then
        content = content + 1
        distinct[t.s] = true
      end
    end
    local n_distinct = 0
    for _ in pairs(distinct) do n_distinct = n_distinct + 1 end
    local repetitive = content >= 3 and n_distinct * 2 <= content
    local bare = (not predicate and not related) or words < 4 or list or repetitive
    sentences[si] = {text = sentence.text, first = first, last = #tokens, bare = bare,
                     terse = not bare and not predicate}
  end
  local by_stem = {}
  for i, t in ipairs(tokens) do
    local list = by_stem[t.s]
    if not list then list = {} by_stem[t.s] = list end
    list[#list + 1] = i
  end
  return {tokens = tokens, sentences = sentences, fuzzy = {}, by_stem = by_stem, candidates = {}}
end

-- Optimal string alignment distance, capped: true when a and b are at most one edit apart.
local function one_edit(a, b)
  local la, lb = #a, #b
  if math.abs(la - lb) > 1 then return false end
  local i = 1
  while i <= la and i <= lb and a:sub(i, i) == b:sub(i, i) do i = i + 1 end
  if i > la and i > lb then return true end
  if la == lb then
    if a:sub(i + 1) == b:sub(i + 1) then return true end  -- substitution
    return a:sub(i, i) == b:sub(i + 1, i + 1) and a:sub(i + 1, i + 1) == b:sub(i, i) and a:sub(i + 2) == b:sub(i + 2)
  end
  if la > lb then return a:sub(i + 1) == b:sub(i) end
  return a:sub(i) == b:sub(i + 1)
end

-- Whether answer token `tok` matches the pattern stem `p` (exact, or a typo of a long word).
local function token_matches(prepared, tok, p, exact)
  if tok.s == p then return true end
  if exact or #p < 5 or #tok.s < 5 or tok.s:sub(1, 1) ~= p:sub(1, 1) or p:match("%d") then return false end
  local key = p .. " " .. tok.s
  local cached = prepared.fuzzy[key]
  if cached == nil then
    cached = one_edit(p, tok.s)
    prepared.fuzzy[key] = cached
  end
  return cached
end

-- A phrase compiled for matching: stems (negation words removed) and whether it needs a
-- negation in the answer ("no peeking" -> {"peek"}, needs_negation).
function rubric.compile_phrase(phrase)
  local stems, negations = {}, 0
  for _, w in ipairs(tokenize(phrase)) do
    if w ~= "|" and w ~= "(" and w ~= ")" and not stopwords[w] then
      if negation_words[w] then negations = negations + 1 else stems[#stems + 1] = rubric.stem(w) end
    end
  end
  return {stems = stems, needs_negation = negations % 2 == 1, text = phrase}
end

local function key_of(stems) return table.concat(stems, " ") end

-- The thesaurus, compiled once per state: key -> list of set indices; sets of compiled phrases.
local compiled_thesaurus
local function thesaurus_index()
  if compiled_thesaurus then return compiled_thesaurus end
  local by_key, sets = {}, {}
  for i, entry in ipairs(thesaurus) do
    sets[i] = {}
    for _, phrase in ipairs(entry) do
      local c = rubric.compile_phrase(phrase)
      if #c.stems > 0 then
        sets[i][#sets[i] + 1] = c
        local k = key_of(c.stems)
        by_key[k] = by_key[k] or {}
        by_key[k][#by_key[k] + 1] = {set = i, phrase = c}
      end
    end
  end
  compiled_thesaurus = {by_key = by_key, sets = sets}
  return compiled_thesaurus
end

-- Every way to say `phrase`: itself, its thesaurus equivalents, and (for a longer phrase) the
-- phrase with one sub-phrase replaced by an equivalent.
function rubric.expand(phrase)
  local base = type(phrase) == "table" and phrase or rubric.compile_phrase(phrase)
  local out, seen = {base}, {[key_of(base.stems) .. tostring(base.needs_negation)] = true}
  local function add(stems, needs_negation, text)
    local k = key_of(stems) .. tostring(needs_negation)
    if seen[k] or #stems == 0 or #out >= 60 then return end
    seen[k] = true
    out[#out + 1] = {stems = stems, needs_negation = needs_negation, text = text}
  end
  local th = thesaurus_index()
  local n = #base.stems
  for len = n, 1, -1 do
    for start = 1, n - len + 1 do
      local sub = {}
      for k = start, start + len - 1 do sub[#sub + 1] = base.stems[k] end
      local entries = th.by_key[key_of(sub)]
      if entries then
        for _, e in ipairs(entries) do
          for _, eq in ipairs(th.sets[e.set]) do
            local stems = {}
            for k = 1, start - 1 do stems[#stems + 1] = base.stems[k] end
            for _, s in ipairs(eq.stems) do stems[#stems + 1] = s end
            for k = start + len, n do stems[#stems + 1] = base.stems[k] end
            local polarity = base.needs_negation ~= (e.phrase.needs_negation ~= eq.needs_negation)
            add(stems, polarity, base.text)
          end
        end
      end
    end
    if #out > 1 and len == n then break end  -- the whole phrase had equivalents: enough
  end
  return out
end

local function clause_of(prepared, i) return prepared.tokens[i] and prepared.tokens[i].clause end

-- Is the negation word at token i a real trigger (not "not only", not "if we don't")?
local function real_negation(prepared, i)
  local toks = prepared.tokens
  local nxt = toks[i + 1]
  if nxt and nxt.clause == toks[i].clause and pseudo_next[nxt.w] then return false end
  for j = i - 1, 1, -1 do
    if toks[j].clause ~= toks[i].clause then break end
    if conditionals[toks[j].w] then return false end
  end
  return true
end
rubric.real_negation = real_negation

-- The soft triggers by their last word: {word = {phrase words, ...}}.
local compiled_soft
local function soft_triggers()
  if compiled_soft then return compiled_soft end
  compiled_soft = {}
  for _, phrase in ipairs(soft_pre) do
    local words = {}
    for _, w in ipairs(tokenize(phrase)) do if not stopwords[w] then words[#words + 1] = w end end
    local last = words[#words]
    compiled_soft[last] = compiled_soft[last] or {}
    table.insert(compiled_soft[last], words)
  end
  return compiled_soft
end

-- Does a soft trigger phrase end at token i?
local function soft_ends_at(prepared, i)
  for _, words in ipairs(soft_triggers()[prepared.tokens[i].w] or {}) do
    local ok = true
    for k = #words, 1, -1 do
      local t = prepared.tokens[i - (#words - k)]
      if not t or t.w ~= words[k] then ok = false break end
    end
    if ok then return true end
  end
  return false
end

-- Whether the match at tokens [a, b] is negated. mode "claim": NegEx with pre and post triggers
-- and soft triggers; mode "flag": only a plain negation word before it in the clause.
function rubric.negated(prepared, a, b, mode)
  local toks = prepared.tokens
  local clause = toks[a].clause
  for i = a - 1, math.max(1, a - rubric.pre_scope), -1 do
    if toks[i].clause ~= clause then break end
    if toks[i].neg and real_negation(prepared, i) then return true end
    if (mode == "claim" or mode == "pre") and soft_ends_at(prepared, i) then return true end
    if mode ~= "claim" and (toks[i].w == "instead" or (i >= 2 and toks[i].w == "than" and toks[i - 1].w == "rather")) then
      return true  -- "rather than randomizing by session": the flagged practice is the one rejected
    end
  end
  if mode ~= "claim" then return false end
  return rubric.post_negated(prepared, b)
end

-- A trailing negation of the match ending at token b ("... isn't a concern", "... is pointless").
function rubric.post_negated(prepared, b)
  local toks = prepared.tokens
  local clause = toks[b].clause
  local last = math.min(#toks, b + rubric.post_scope)
  for i = b + 1, last do
    local t = toks[i]
    if t.clause ~= clause then break end
    if post_words[t.w] then return true end
    if t.neg and real_negation(prepared, i) then
      for k = i + 1, math.min(#toks, i + 3) do
        if toks[k].clause ~= clause then break end
        if concern_words[toks[k].w] then return true end
      end
    end
    if post_modal[t.w] then
      for k = i + 1, math.min(#toks, i + 2) do
        if post_ignored[toks[k].w] then return true end
      end
    end
  end
  return false
end

local phrase_hit
-- Little words of a phrase that its reordered form may drop ("start at zero" ~ "zero is where it starts").
local function_stems = set {"at", "by", "in", "on", "to", "for", "with", "from", "per", "into", "and", "or", "as"}
-- Words whose place carries the meaning: a phrase with one is matched in its own order only.
local order_stems = set {"too", "lower", "upper", "low", "high", "higher", "bound", "over", "under", "more", "less",
  "small", "smaller", "larg", "larger", "big", "bigger", "up", "down", "than", "before", "after", "first", "last",
  "toward", "towards", "away", "above", "below"}

-- All matches of one compiled phrase: {first, last, sent, negated} (negated already folded with
-- the phrase's own polarity: "good" means the answer says what the phrase says).
-- The tokens a pattern stem matches, computed once per answer and stem (every phrase of every
-- criterion and flag starts its scan here instead of at every token).
local function candidates(prepared, p, exact)
  local key = exact and p or ("~" .. p)
  local hit = prepared.candidates[key]
  if hit then return hit end
  hit = {}
  local by_stem = prepared.by_stem
  if exact or #p < 5 or p:match("%d") then
    for _, i in ipairs(by_stem[p] or {}) do hit[#hit + 1] = i end
  else
    -- a typo of a long word: same first letter, length within one, one edit apart
    local toks, len = prepared.tokens, #p
    local long = prepared.long_by_first
    if not long then
      long = {}
      for i, t in ipairs(toks) do
        if #t.s >= 5 then
          local b = t.s:byte(1)
          long[b] = long[b] or {}
          table.insert(long[b], i)
        end
      end
      prepared.long_by_first = long
    end
    for _, i in ipairs(by_stem[p] or {}) do hit[#hit + 1] = i end
    for _, i in ipairs(long[p:byte(1)] or {}) do
      local ts = toks[i].s
      if ts ~= p and #ts - len <= 1 and len - #ts <= 1 and token_matches(prepared, toks[i], p, false) then
        hit[#hit + 1] = i
      end
    end
    table.sort(hit)
  end
  prepared.candidates[key] = hit
  return hit
end

local function find_phrase(prepared, phrase, mode, in_order)
  local hits = {}
  local toks, stems = prepared.tokens, phrase.stems
  local n = #stems
  if n == 0 then return hits end
  local contiguous = {}
  for _, i in ipairs(candidates(prepared, stems[1], mode ~= "claim")) do
    do
      local j, k, inner_neg, ok = i, 1, false, true
      while k < n do
        j = j + 1
        local t = toks[j]
        if not t or t.sent ~= toks[i].sent then ok = false break end
        if t.neg then
          inner_neg = true  -- "does not start at zero" matches "start at zero", negated
        elseif token_matches(prepared, t, stems[k + 1], mode ~= "claim") then
          k = k + 1
        else
          ok = false
          break
        end
      end
      if ok then
        contiguous[i] = true
        hits[#hits + 1] = phrase_hit(prepared, phrase, mode, i, j, inner_neg)
      end
    end
  end
  if n >= 2 and mode == "claim" and not in_order then
    -- The same words in another order or with a few words between them, inside one sentence:
    -- "randomize by cluster" in "clusters are randomized", "start at zero" in "zero is where the
    -- axis starts". Each phrase word must be its own token; the span is at most n + 3 tokens.
    local content = {}
    for _, st in ipairs(stems) do
      if order_stems[st] then content = {} break end  -- "too small", "lower bound": order is meaning
      if not function_stems[st] then content[#content + 1] = st end
    end
    local span = n + 3
    for _, i in ipairs(#content >= 2 and candidates(prepared, content[1], false) or {}) do
      if not contiguous[i] then
        local used, first, last, ok = {[i] = true}, i, i, true
        for q = 2, #content do
          local found = nil
          for _, j in ipairs(candidates(prepared, content[q], false)) do
            if j > i - span and j < i + span and not used[j] and toks[j].clause == toks[i].clause
               and math.max(last, j) - math.min(first, j) < span then
              found = j
              break
            end
          end
          if not found then ok = false break end
          used[found] = true
          first, last = math.min(first, found), math.max(last, found)
        end
        if ok then
          local inner_neg = false
          for j = first, last do if toks[j].neg then inner_neg = true end end
          hits[#hits + 1] = phrase_hit(prepared, phrase, mode, first, last, inner_neg)
        end
      end
    end
  end
  return hits
end

-- A match of `phrase` at tokens [i, j]: {first, last, sent, good, text}.
phrase_hit = function(prepared, phrase, mode, i, j, inner_neg)
  local toks = prepared.tokens
  local good
  if phrase.needs_negation and mode == "claim" then
    -- an absence ("no peeking") needs a negation before or inside it; a trailing dismissal
    -- ("peeking isn't a problem") says the opposite
    good = (inner_neg or rubric.negated(prepared, i, j, "pre")) and not rubric.post_negated(prepared, j)
  else
    good = (inner_neg or rubric.negated(prepared, i, j, mode)) == phrase.needs_negation
  end
  return {first = i, last = j, sent = toks[i].sent, good = good, text = phrase.text}
end

-- Compiles a concept group (list of synonyms) into expanded phrases, cached on the group table.
local group_cache = setmetatable({}, {__mode = "k"})
-- Red flags are matched as written (`literal`): the thesaurus reads "drop" as "decrease", but a
-- flag's "drop the guardrail" means "remove it".
local literal_cache = setmetatable({}, {__mode = "k"})
local function compile_group(group, literal)
  local cache = literal and literal_cache or group_cache
  local c = cache[group]
  if c then return c end
  c = {}
  for _, synonym in ipairs(group) do
    local phrases = literal and {rubric.compile_phrase(synonym)} or rubric.expand(synonym)
    for _, p in ipairs(phrases) do
      p.text = synonym
      c[#c + 1] = p
    end
  end
  cache[group] = c
  return c
end

-- Hits of a group: all good and negated matches of any of its synonyms.
local function group_hits(prepared, group, mode, in_order)
  local hits = {}
  for _, phrase in ipairs(compile_group(group, mode == "flag")) do
    for _, h in ipairs(find_phrase(prepared, phrase, mode, in_order)) do
      if not prepared.sentences[h.sent].copied then hits[#hits + 1] = h end
    end
  end
  return hits
end

-- Finds a claim (a list of concept groups) in the prepared answer. Returns the best outcome:
--   {state = "met"|"partly"|"negated"|"missed", sent = sentence index, synonyms = {...}}
-- met: every group has a good hit in one sentence (or within `window` tokens) that is not a bare
-- list; partly: the same in a bare list, or the groups in two neighbouring sentences.
function rubric.find_claim(prepared, groups, opts)
  opts = opts or {}
  local mode = opts.mode or "claim"
  local per_group = {}
  for g, group in ipairs(groups) do per_group[g] = group_hits(prepared, group, mode, opts.in_order) end
  if #groups == 0 then return {state = "missed"} end
  local function sentence_claim(filter_good)
    -- Returns the list of sentences in which every group has a hit with good == filter_good
    -- (or, for negated, any hit and at least one negated).
    local found = {}
    for _, h in ipairs(per_group[1]) do
      local s = h.sent
      if not found[s] then
        local all, any_bad, synonyms = true, false, {}
        for g = 1, #groups do
          local got = nil
          for _, h2 in ipairs(per_group[g]) do
            local near
            if opts.window then
              near = math.abs(h2.first - h.first) <= opts.window
            else
              near = h2.sent == s
            end
            if near and (h2.good or not filter_good) then
              if not got or (h2.good and not got.good) then got = h2 end
            end
          end
          if not got then all = false break end
          if not got.good then any_bad = true end
          synonyms[#synonyms + 1] = got.text
        end
        if all and (filter_good or any_bad) then found[s] = synonyms end
      end
    end
    return found
  end
  local good = sentence_claim(true)
  local best_partly
  local best_terse
  for s, synonyms in pairs(good) do
    local sent = prepared.sentences[s]
    if sent.terse then
      -- a terse verbless claim ("lower bound on the effect due to spillover"): half the points,
      -- since "<term> of <term> on <term>" is also how a keyword list dodges the bare-list rule
      if not best_terse or s < best_terse.sent then best_terse = {state = "partly", sent = s, synonyms = synonyms, terse = true} end
    elseif not sent.bare then return {state = "met", sent = s, synonyms = synonyms} end
    if not best_partly or s < best_partly.sent then best_partly = {state = "partly", sent = s, synonyms = synonyms, bare = true} end
  end
  if best_terse then return best_terse end
  if best_partly then return best_partly end
  if #groups > 1 and not opts.window then
    -- the groups split over two neighbouring sentences
    local sents = {}
    for g = 1, #groups do
      sents[g] = {}
      for _, h in ipairs(per_group[g]) do if h.good then sents[g][h.sent] = h.text end end
    end
    for s = 1, #prepared.sentences - 1 do
      local all, synonyms = true, {}
      for g = 1, #groups do
        local t = sents[g][s] or sents[g][s + 1]
        if not t then all = false break end
        synonyms[#synonyms + 1] = t
      end
      if all then return {state = "partly", sent = s, synonyms = synonyms, spread = true} end
    end
  end
  for s, synonyms in pairs(sentence_claim(false)) do
    return {state = "negated", sent = s, synonyms = synonyms}
  end
  return {state = "missed"}
end

-- A `contradicts` entry is a phrase (string) or a claim (list of groups).
local function as_groups(entry)
  if type(entry) == "string" then return {{entry}} end
  if type(entry) == "table" and type(entry[1]) == "string" then return {entry} end
  return entry
end

local function quote(prepared, s)
  local sent = prepared.sentences[s]
  if not sent then return nil end
  local t = sent.text
  if #t > 160 then t = t:sub(1, 157) .. "..." end
  return t
end

-- Scores one criterion against a prepared part. Returns {outcome, earned, quote, matched}.
function rubric.score_criterion(c, prepared, text, evidence_table)
  local points = c.points or 1
  if c.star then
    local r = star.score(c.star, prepared, text, rubric)
    local earned = r.outcome == "met" and points or r.outcome == "partly" and points * rubric.partly_ratio or 0
    return {outcome = r.outcome, earned = earned, quote = r.sent and quote(prepared, r.sent), matched = {}, why = r.why}
  end
  for _, entry in ipairs(c.contradicts or {}) do
    -- the words of a contradiction in their own order only: "contaminated upward ... biased
    -- downward" must not read as "biased upward"
    local hit = rubric.find_claim(prepared, as_groups(entry), {window = c.window, in_order = true})
    if hit.state == "met" or hit.state == "partly" then
      return {outcome = "contradicted", earned = 0, quote = quote(prepared, hit.sent), matched = hit.synonyms}
    end
  end
  local groups = c.concepts or {}
  local hit
  if c.negatable == false then
    -- legacy: negation ignored entirely
    hit = rubric.find_claim(prepared, groups, {window = c.window, mode = "flag"})
  else
    hit = rubric.find_claim(prepared, groups, {window = c.window})
  end
  local earned = 0
  if hit.state == "met" then earned = points
  elseif hit.state == "partly" then earned = points * (hit.bare and rubric.bare_ratio or rubric.partly_ratio) end
  -- a criterion with a direction (`contradicts`) is only earned in its own words: "larger than
  -- the real effect" shares every word with "smaller than the real effect"
  if evidence_table and not c.contradicts and (hit.state == "missed" or (hit.state == "partly" and hit.bare)) then
    local evidence = evidence_table[c]
    local o = evidence and rubric.other_words(evidence, prepared)
    if o and points * rubric.other_words_ratio > earned then
      -- most of the criterion's specific vocabulary in one statement: the claim, in other words
      local full = #o.words >= rubric.other_words_full_min and o.sum >= rubric.other_words_full * evidence.top
      return {outcome = full and "met" or "partly", earned = points * (full and 1 or rubric.other_words_ratio),
              quote = quote(prepared, o.sent), matched = o.words, other_words = true}
    end
  end
  return {outcome = hit.state, earned = earned, quote = hit.sent and quote(prepared, hit.sent),
          matched = hit.synonyms or {}, bare = hit.bare, spread = hit.spread}
end

-- "Said in other words": a criterion's evidence is the distinctive vocabulary of its own
-- description, feedback, synonyms and the model answer's sentence that makes the claim, weighted
-- by how specific each word is to this criterion among the problem's criteria and prompt (an
-- inverse document frequency). A statement (not a bare list) of the answer that uses enough of
-- it, none of it negated, earns "partly": the claim is probably there in the candidate's words.
rubric.other_words_ratio = 0.6
rubric.other_words_min = 3        -- distinct evidence words in one sentence
rubric.other_words_share = 0.25   -- and this share of the criterion's top evidence weight
rubric.other_words_top = 6
rubric.other_words_full = 0.6     -- ... this share of it, with
rubric.other_words_full_min = 5   -- ... this many distinct words, earns "met"
rubric.max_part_bytes = 16384      -- a text part is graded up to here (a case answer is rarely longer)
rubric.copied_share = 0.8          -- a sentence with this share of its words from one prompt sentence
rubric.copied_min_words = 6        -- ... and at least this many (a short restated fact is an answer)
rubric.elsewhere_ratio = 0.5      -- a claim met in another text part than its own

local evidence_stopwords = set {"and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as",
  "we", "i", "you", "they", "our", "your", "their", "he", "she", "his", "her", "them", "us", "my",
  "not", "no", "can", "could", "would", "should", "will", "may", "might", "must", "shall", "has",
  "have", "had", "than", "then", "so", "if", "when", "which", "who", "what", "how", "why", "where",
  "there", "here", "more", "most", "less", "only", "each", "every", "all", "any", "some", "one", "two",
  "e", "g", "eg", "ie", "etc", "vs", "versus", "about", "into", "over", "under", "between", "per",
  "because", "since", "while", "but", "however", "also", "other", "such", "same", "both", "own",
  "say", "says", "said", "mention", "mentions", "note", "notes", "explain", "explains", "state",
  "states", "name", "names", "give", "gives", "show", "shows", "use", "uses", "make", "makes",
  "way", "thing", "things", "like", "well", "much", "many", "even", "still", "too", "out", "up",
  "it", "its", "this", "that", "these", "those", "is", "are", "be", "was", "were", "do", "does"}

-- The commonest English words that carry no claim of their own (a hand list: the grader runs in a
-- sandbox without files, and no Debian package ships a frequency list in a form it could load).
local common_words = set {"again", "always", "another", "anything", "around", "away", "bit", "came",
  "come", "comes", "coming", "could", "done", "during", "enough", "ever", "far", "few", "find", "found",
  "get", "gets", "getting", "give", "given", "go", "goes", "going", "gone", "good", "got", "great", "had",
  "help", "just", "keep", "kind", "know", "known", "least", "let", "like", "likely", "likes", "little",
  "lot", "lots", "made", "main", "mainly", "many", "maybe", "mean", "means", "much", "need", "needs",
  "often", "once", "part", "put", "quite", "rather", "really", "right", "same", "see", "seem", "seems",
  "something", "soon", "still", "sure", "take", "takes", "tell", "thing", "think", "together", "try",
  "turn", "upon", "used", "using", "usually", "want", "went", "whole", "yes", "yet"}

local function evidence_bag(texts, synonyms)
  local bag, core = {}, {}
  local function add(list, into)
    for _, t in ipairs(list or {}) do
      for _, w in ipairs(tokenize(tostring(t))) do
        if w:match("^%a") and #w > 2 and not stopwords[w] and not evidence_stopwords[w] and not negation_words[w]
           and not common_words[w] then
          into[rubric.stem(w)] = true
        end
      end
    end
  end
  add(texts, bag)
  add(synonyms, core)
  for st in pairs(core) do bag[st] = true end
  -- a synonym's one-word equivalents in the thesaurus are evidence too ("user" -> "customer")
  local th = thesaurus_index()
  local more = {}
  for st in pairs(core) do
    for _, e in ipairs(th.by_key[st] or {}) do
      for _, eq in ipairs(th.sets[e.set]) do
        if #eq.stems == 1 and not eq.needs_negation then more[eq.stems[1]] = true end
      end
    end
  end
  for st in pairs(more) do bag[st] = true end
  return bag
end

-- The prompt's and questions' sentences as stem sets: an answer sentence made mostly of one of them
-- is the question pasted back, and earns nothing.
-- The distinct stems of a sentence's content words (no stopwords, no commonest words): {stem = true}, count.
local function content_stems(prepared, sent)
  local bag, n = {}, 0
  for i = sent.first, sent.last do
    local tok = prepared.tokens[i]
    if tok.w:match("^%a") and not common_words[tok.w] and not evidence_stopwords[tok.w] and not bag[tok.s] then
      bag[tok.s] = true
      n = n + 1
    end
  end
  return bag, n
end

function rubric.prompt_sentences(problem)
  local texts = {problem.prompt or ""}
  for _, part in ipairs(problem.parts or {}) do texts[#texts + 1] = part.question or "" end
  local out = {}
  for _, t in ipairs(texts) do
    local p = rubric.prepare(tostring(t))
    for _, sent in ipairs(p.sentences) do out[#out + 1] = (content_stems(p, sent)) end
  end
  return out
end

function rubric.mark_copied(prepared, prompt_bags)
  for _, sent in ipairs(prepared.sentences) do
    local words, n = content_stems(prepared, sent)
    if n >= rubric.copied_min_words then
      for _, bag in ipairs(prompt_bags) do
        local in_prompt = 0
        for st in pairs(words) do if bag[st] then in_prompt = in_prompt + 1 end end
        if in_prompt >= rubric.copied_share * n then sent.copied = true break end
      end
    end
  end
end

-- The evidence of every text criterion of a problem: {[criterion] = {weights = {stem = w}, top = W}}.
function rubric.evidence(problem)
  local criteria = problem.rubric or {}
  local docs, bags = {}, {}
  local model = type(problem.model_answer) == "table" and problem.model_answer or {}
  local prepared_model = {}
  for i, c in ipairs(criteria) do
    if not c.star then
      local texts, synonyms = {c.criterion or "", c.feedback or ""}, {}
      for _, group in ipairs(c.concepts or {}) do
        for _, synonym in ipairs(group) do synonyms[#synonyms + 1] = synonym end
      end
      local m = model[c.part]
      if type(m) == "string" and m ~= "" then
        prepared_model[c.part] = prepared_model[c.part] or rubric.prepare(m)
        local hit = rubric.find_claim(prepared_model[c.part], c.concepts or {}, {window = c.window})
        if hit.sent and (hit.state == "met" or hit.state == "partly") then
          texts[#texts + 1] = prepared_model[c.part].sentences[hit.sent].text
        end
      end
      bags[i] = evidence_bag(texts, synonyms)
      docs[#docs + 1] = bags[i]
    end
  end
  local background = {problem.prompt or ""}
  for _, part in ipairs(problem.parts or {}) do background[#background + 1] = part.question or "" end
  local prompt_bag = evidence_bag(background, {})
  docs[#docs + 1] = prompt_bag
  local df = {}
  for _, d in ipairs(docs) do for st in pairs(d) do df[st] = (df[st] or 0) + 1 end end
  local out = {}
  for i, c in ipairs(criteria) do
    if bags[i] then
      local weights, list = {}, {}
      for st in pairs(bags[i]) do
        local w = math.log((#docs + 1) / df[st])
        if prompt_bag[st] then w = w * 0.5 end  -- the prompt's words are free to every answer
        if w > 0 then weights[st] = w list[#list + 1] = w end
      end
      table.sort(list, function(a, b) return a > b end)
      local top = 0
      for k = 1, math.min(rubric.other_words_top, #list) do top = top + list[k] end
      out[c] = {weights = weights, top = top}
    end
  end
  return out
end

-- The best statement of the prepared answer carrying a criterion's evidence, or nil.
function rubric.other_words(ev, prepared)
  if not ev or ev.top <= 0 then return nil end
  local best
  for si, sent in ipairs(prepared.sentences) do
    -- a sentence with a negation in it is left alone: without the rubric's own words there is
    -- no telling which of its claims the negation turns around
    local negative = false
    for i = sent.first, sent.last do
      if prepared.tokens[i].neg and rubric.real_negation(prepared, i) then negative = true break end
    end
    if not sent.bare and not sent.terse and not sent.copied and not negative then
      local got, sum, words = {}, 0, {}
      for i = sent.first, sent.last do
        local t = prepared.tokens[i]
        local w = ev.weights[t.s]
        if w and not got[t.s] and not rubric.negated(prepared, i, i, "claim") then
          got[t.s] = true
          sum = sum + w
          words[#words + 1] = t.w
        end
      end
      if #words >= rubric.other_words_min and sum >= rubric.other_words_share * ev.top and (not best or sum > best.sum) then
        best = {sent = si, sum = sum, words = words}
      end
    end
  end
  return best
end

-- Red flags of a problem: the library's (minus ctx.problem.ignore_red_flags) and its own.
function rubric.red_flags(problem)
  local skip = set(problem.ignore_red_flags or {})
  local out = {}
  for _, f in ipairs(library_flags.flags) do
    if not skip[f.id] then out[#out + 1] = f end
  end
  for _, f in ipairs(problem.red_flags or {}) do out[#out + 1] = f end
  return out
end


-- Finds a red flag in a prepared part: the claim in a sentence, not negated, and without a
-- critique word ("inflates", "wrong", "p-hacking" ...) or one of the flag's `unless` phrases in
-- that sentence. Returns the sentence index or nil.
function rubric.find_flag(flag, prepared, story)
  local groups = flag.says or flag.concepts or {}
  local per_group = {}
  for g, group in ipairs(groups) do
    per_group[g] = group_hits(prepared, group, "flag")
    if #per_group[g] == 0 then return nil end
  end
  -- the sentences that criticise a practice excuse every flag: found once per answer part
  local key = story and "story" or "plain"
  prepared.critiqued = prepared.critiqued or {}
  local critiqued = prepared.critiqued[key]
  if not critiqued then
    critiqued = {}
    for _, h in ipairs(group_hits(prepared, library_flags.critique, "flag")) do
      if h.good then critiqued[h.sent] = true end
    end
    if story then  -- a story owning up to it ("I rushed and skipped the holdout"), in stories only
      for _, h in ipairs(group_hits(prepared, library_flags.story_critique, "flag")) do
        if h.good then critiqued[h.sent] = true end
      end
    end
    prepared.critiqued[key] = critiqued
  end
  local excusing = setmetatable({}, {__index = critiqued})
  if flag.unless then
    for _, h in ipairs(group_hits(prepared, flag.unless, "flag")) do
      if h.good then excusing[h.sent] = true end
    end
  end
  for _, h in ipairs(per_group[1]) do
    local s = h.sent
    if h.good and not excusing[s] then
      local all = true
      for g = 2, #groups do
        local any = false
        for _, h2 in ipairs(per_group[g]) do
          if h2.sent == s and h2.good and (not flag.window or (h2.first > h.last and h2.first - h.last <= flag.window)) then
            any = true
            break
          end
        end
        if not any then all = false break end
      end
      if all then return s end
    end
  end
  return nil
end

local outcome_label = {met = "met     ", partly = "partly  ", missed = "missed  ", negated = "negated ",
                       contradicted = "contra  "}

-- The grader: answer is {part_id = text, ...}; ctx.problem.rubric lists the criteria.
function rubric.grade(answer, ctx)
  answer = type(answer) == "table" and answer or {}
  local problem = ctx.problem or {}
  local criteria, feedback, score, max = {}, {}, 0, 0
  local prepared = {}
  local copied_from = rubric.prompt_sentences(problem)
  local truncated = {}
  local function prep(part)
    if not prepared[part] then
      local text = answer[part]
      if type(text) ~= "string" then text = "" end
      if #text > rubric.max_part_bytes then
        -- grading time grows with the text: grade the first part of a very long answer, and say so
        local cut = text:sub(1, rubric.max_part_bytes)
        text = cut:match("^(.*[%.!%?\n])") or cut
        truncated[#truncated + 1] = part
      end
      prepared[part] = {p = rubric.prepare(text), text = text}
      rubric.mark_copied(prepared[part].p, copied_from)
    end
    return prepared[part]
  end
  local text_parts = {}
  -- the criteria's evidence, computed once and only when an answered part misses a criterion
  local evidence_of
  local evidence = setmetatable({}, {__index = function(_, c)
    evidence_of = evidence_of or rubric.evidence(problem)
    return evidence_of[c]
  end})
  for _, c in ipairs(problem.rubric or {}) do
    local pp = prep(c.part)
    text_parts[c.part] = true
    local points = c.points or 1
    max = max + points
    local r = rubric.score_criterion(c, pp.p, pp.text, #pp.p.sentences > 0 and evidence or nil)
    if r.outcome == "missed" and not c.star and rubric.elsewhere_ratio > 0 then
      -- the claim made in another text part of the answer (a candidate's guardrail discussed
      -- under the north star): partial credit, and the feedback says where it was
      for _, part in ipairs(problem.parts or {}) do
        if part.id ~= c.part and (part.type or "text") == "text" and type(answer[part.id]) == "string" then
          local other = prep(part.id)
          local r2 = rubric.score_criterion(c, other.p, other.text, nil)
          if r2.outcome == "met" then
            r = {outcome = "partly", earned = points * rubric.elsewhere_ratio, quote = r2.quote, matched = r2.matched,
                 why = "made in part [" .. part.id .. "], not in [" .. c.part .. "] where it belongs"}
            break
          end
        end
      end
    end
    score = score + r.earned
    local line = ("%s[%s] %s (%g/%g)"):format(outcome_label[r.outcome] or r.outcome, c.id, c.criterion or "",
                                               r.earned, points)
    if r.outcome == "met" or r.outcome == "partly" then
      if r.quote then line = line .. ': "' .. r.quote .. '"' end
      if r.other_words then
        line = line .. " — said in other words (" .. table.concat(r.matched, ", ") ..
               "): partial credit; state the claim itself for full credit"
      elseif r.bare then line = line .. " — named in a bare list, not explained: say what it does and why"
      elseif r.spread then line = line .. " — its parts are in separate sentences: state it as one claim"
      elseif r.why then line = line .. " — " .. r.why end
    elseif r.outcome == "contradicted" then
      line = line .. ': "' .. (r.quote or "") .. '" states the opposite'
      if c.feedback then line = line .. " — " .. c.feedback end
    elseif r.outcome == "negated" then
      line = line .. ': "' .. (r.quote or "") .. '" negates it'
      if c.feedback then line = line .. " — " .. c.feedback end
    else
      if r.why then line = line .. " — " .. r.why
      elseif c.feedback then line = line .. " — " .. c.feedback end
    end
    feedback[#feedback + 1] = line
    criteria[#criteria + 1] = {id = c.id, part = c.part, points = points, met = r.outcome == "met",
                               earned = r.earned, outcome = r.outcome, quote = r.quote, matched = r.matched,
                               required = c.required or false}
  end
  -- Red flags: each distinct flag once, in the first text part that raises it.
  local flags_found = {}
  local text_max = max
  local story = false
  for _, c in ipairs(problem.rubric or {}) do if c.star then story = true end end
  for _, flag in ipairs(rubric.red_flags(problem)) do
    local parts = flag.part and {[flag.part] = true} or text_parts
    for part in pairs(parts) do
      if text_parts[part] then
        local pp = prep(part)
        local s = rubric.find_flag(flag, pp.p, story)
        if s then
          local penalty = flag.points or (rubric.flag_penalty_ratio * text_max)
          score = score - penalty
          local q = quote(pp.p, s)
          flags_found[#flags_found + 1] = {id = flag.id, part = part, quote = q, penalty = penalty,
                                           message = flag.message or flag.name}
          feedback[#feedback + 1] = ('red flag [%s] %s (-%g): "%s"'):format(flag.id, flag.message or flag.name or "",
                                                                          penalty, q or "")
          break
        end
      end
    end
  end
  for _, part in ipairs(truncated) do
    feedback[#feedback + 1] = ("note: part [%s] is longer than %d bytes; only its first %d bytes were graded")
      :format(part, rubric.max_part_bytes, rubric.max_part_bytes)
  end
  if score < 0 then score = 0 end
  return {score = score, max = max, feedback = feedback, criteria = criteria, red_flags = flags_found}
end

return rubric
