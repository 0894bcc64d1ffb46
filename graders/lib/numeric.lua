-- Shared numeric helpers for graders: `local numeric = require "numeric"`.
local numeric = {}

-- True when |got - want| <= max(abs_tol, rel_tol * |want|). Defaults: rel 1e-6, abs 1e-9.
function numeric.close(got, want, rel_tol, abs_tol)
  if type(got) ~= "number" or type(want) ~= "number" then return false end
  rel_tol, abs_tol = rel_tol or 1e-6, abs_tol or 1e-9
  return math.abs(got - want) <= math.max(abs_tol, rel_tol * math.abs(want))
end

-- Parses the first number in a free-text answer ("z = -2.31" -> -2.31), or nil.
function numeric.first_number(text)
  if type(text) == "number" then return text end
  if type(text) ~= "string" then return nil end
  return tonumber(text:match("[-+]?%d*%.?%d+[eE][-+]?%d+") or text:match("[-+]?%d*%.?%d+"))
end

return numeric
