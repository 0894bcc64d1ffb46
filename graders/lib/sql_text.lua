-- Helpers for SQL graders that check *how* an answer is written, not only its result
-- (docs/authoring.md, "A constraint on how"). Pure string work; no SQL is run here.
local M = {}

-- The answer's code in lower case with comments and string literals removed, so that a word
-- inside '...' or after -- never counts as a use. Quoted names ("x", `x`, [x]) are kept.
function M.code(sql)
  local out, i, n = {}, 1, #sql
  while i <= n do
    local c = sql:sub(i, i)
    local two = sql:sub(i, i + 1)
    if two == "--" then
      local stop = sql:find("\n", i, true) or n + 1
      i = stop
    elseif two == "/*" then
      local stop = sql:find("*/", i + 2, true)
      i = stop and stop + 2 or n + 1
      out[#out + 1] = " "
    elseif c == "'" then
      local j = i + 1
      while j <= n do
        if sql:sub(j, j) == "'" then
          if sql:sub(j + 1, j + 1) == "'" then j = j + 2 else break end
        else
          j = j + 1
        end
      end
      out[#out + 1] = "''"
      i = j + 1
    else
      out[#out + 1] = c
      i = i + 1
    end
  end
  return table.concat(out):lower()
end

-- True when the code calls function `name` (case-insensitive): name followed by "(".
function M.calls(code, name)
  return code:find("%f[%w_]" .. name:lower() .. "%s*%(") ~= nil
end

-- True when the code contains the words in order, separated only by whitespace.
function M.has_phrase(code, ...)
  local parts = {}
  for _, word in ipairs({...}) do parts[#parts + 1] = "%f[%w_]" .. word:lower() .. "%f[^%w_]" end
  return code:find(table.concat(parts, "%s+")) ~= nil
end

return M
