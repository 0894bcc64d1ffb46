-- Rubric scoring for case problems: `local rubric = require "rubric"`.
--
-- The default grader of `kind: "case"` problems (CASE_FORMAT.md). It scores each rubric criterion
-- of a text part by CONCEPT COVERAGE: a criterion is met when every concept group has at least one
-- synonym in the answer. This is keyword matching, not understanding: a fluent wrong answer that
-- uses the words scores, a right answer in other words does not. The verdict says so.
--
-- Matching: case-insensitive; punctuation separates words (and ". , ; : ! ?" also end a clause);
-- light stemming (plural -s/-es/-ies, -ing, -ed, -ly, a final -e), applied to the answer and the
-- synonyms alike; multi-word synonyms match as consecutive words within one clause; a synonym
-- preceded within 3 words of the same clause by a negation ("not", "no", "never", "don't",
-- "without", "isn't", ...) does not count, unless the criterion says "negatable": false.
local rubric = {}

local negations = {
  ["not"] = true, ["no"] = true, ["never"] = true, ["dont"] = true, ["don't"] = true,
  ["without"] = true, ["isnt"] = true, ["isn't"] = true, ["doesnt"] = true, ["wont"] = true,
  ["cannot"] = true, ["cant"] = true, ["arent"] = true, ["wouldnt"] = true, ["shouldnt"] = true,
  ["didnt"] = true, ["nor"] = true,
}
rubric.negation_window = 3

local BREAK = "|"  -- a clause boundary token: never equal to a word

-- Light suffix stripping. Deliberately crude and symmetric: both sides go through it.
function rubric.stem(word)
  if #word <= 3 or word:match("%d") then return word end
  local w = word
  local function strip(suffix, replacement)
    if #w - #suffix >= 3 and w:sub(-#suffix) == suffix then
      w = w:sub(1, #w - #suffix) .. (replacement or "")
      return true
    end
    return false
  end
  local stripped = strip("ies", "y") or strip("ing") or strip("edly") or strip("ed") or strip("ly")
    or strip("es")
  if not stripped and w:sub(-1) == "s" and not w:sub(-2, -2):match("[siu]") then strip("s") end
  if stripped then
    -- stopped -> stopp -> stop; running -> runn -> run (but keep ll/ss/zz: "called" -> "call")
    local last, before = w:sub(-1), w:sub(-2, -2)
    if last == before and not last:match("[lsz]") and not last:match("[aeiou]") then w = w:sub(1, -2) end
  end
  if #w > 3 and w:sub(-1) == "e" then w = w:sub(1, -2) end  -- randomize / randomized / randomizing
  return w
end

-- Words of a text, lower case, with BREAK tokens at clause punctuation. Apostrophes are dropped
-- inside words ("don't" -> "dont"); every other non-alphanumeric character separates words.
function rubric.words(text)
  local out = {}
  text = tostring(text or ""):lower():gsub("['\226\128\153]", "")  -- ' and the typographic ’
  text = text:gsub("[%.,;:!%?\n]", " " .. BREAK .. " ")
  for token in text:gmatch("[^%s]+") do
    if token == BREAK then
      out[#out + 1] = BREAK
    else
      for word in token:gmatch("[%w]+") do out[#out + 1] = word end
    end
  end
  return out
end

-- { stems = {...}, raw = {...} } for an answer text.
function rubric.prepare(text)
  local raw = rubric.words(text)
  local stems = {}
  for i, w in ipairs(raw) do stems[i] = (w == BREAK) and BREAK or rubric.stem(w) end
  return {raw = raw, stems = stems}
end

local function negated(prepared, start)
  for i = start - 1, math.max(1, start - rubric.negation_window), -1 do
    local w = prepared.raw[i]
    if w == BREAK then return false end
    if negations[w] then return true end
  end
  return false
end

-- True when `synonym` occurs in the prepared answer (not negated, unless negatable == false).
-- Returns found, negated_only (the synonym was there but only after a negation).
function rubric.find(prepared, synonym, negatable)
  local pattern = {}
  for _, w in ipairs(rubric.words(synonym)) do
    if w ~= BREAK then pattern[#pattern + 1] = rubric.stem(w) end
  end
  if #pattern == 0 then return false, false end
  local stems, seen_negated = prepared.stems, false
  for i = 1, #stems - #pattern + 1 do
    local hit = true
    for k = 1, #pattern do
      if stems[i + k - 1] ~= pattern[k] then hit = false break end
    end
    if hit then
      if negatable == false or not negated(prepared, i) then return true, false end
      seen_negated = true
    end
  end
  return false, seen_negated
end

-- Scores one criterion against a text: met, the synonym found per group (or false), and the
-- groups that were missing or only negated.
function rubric.check(criterion, text)
  local prepared = type(text) == "table" and text.stems and text or rubric.prepare(text)
  local found, missing, negated_groups = {}, {}, {}
  for g, group in ipairs(criterion.concepts or {}) do
    local hit, was_negated = false, false
    for _, synonym in ipairs(group) do
      local ok, neg = rubric.find(prepared, synonym, criterion.negatable)
      if ok then hit = synonym break end
      was_negated = was_negated or neg
    end
    found[g] = hit
    if not hit then
      missing[#missing + 1] = g
      if was_negated then negated_groups[#negated_groups + 1] = g end
    end
  end
  return #missing == 0 and #found > 0, found, missing, negated_groups
end

-- The grader: answer is {part_id = text, ...}; ctx.problem.rubric lists the criteria.
function rubric.grade(answer, ctx)
  answer = type(answer) == "table" and answer or {}
  local criteria, feedback, score, max = {}, {}, 0, 0
  local prepared = {}
  for _, c in ipairs(ctx.problem.rubric or {}) do
    local text = answer[c.part]
    if type(text) ~= "string" then text = "" end
    prepared[c.part] = prepared[c.part] or rubric.prepare(text)
    local met, found, missing, negated_groups = rubric.check(c, prepared[c.part])
    local points = c.points or 1
    max = max + points
    local matched = {}
    for _, f in ipairs(found) do if f then matched[#matched + 1] = f end end
    if met then
      score = score + points
      feedback[#feedback + 1] = ("found   [%s] %s (%s)"):format(c.id, c.criterion or "", table.concat(matched, ", "))
    else
      local line = ("missed  [%s] %s"):format(c.id, c.criterion or "")
      if c.feedback then line = line .. " — " .. c.feedback end
      if #negated_groups > 0 then
        line = line .. " (a matching phrase appears only after a negation such as \"not\")"
      end
      feedback[#feedback + 1] = line
    end
    criteria[#criteria + 1] = {id = c.id, part = c.part, points = points, met = met,
                               earned = met and points or 0, matched = matched, missing = missing}
  end
  return {score = score, max = max, feedback = feedback, criteria = criteria}
end

return rubric
