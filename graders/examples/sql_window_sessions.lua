-- Example SQL grader (see graders/README.md): "one row per session, using a window function".
-- 1 point for using a window function, 1 point for a result with unique session ids.
return function(answer, ctx)
  local feedback, score = {}, 0

  if answer:lower():find("over%s*%(") then
    score = score + 1
    feedback[#feedback + 1] = "uses a window function"
  else
    feedback[#feedback + 1] = "expected a window function: ... OVER (PARTITION BY ... ORDER BY ...)"
  end

  local user = ctx.user
  local session_column
  for i, name in ipairs(user and user.columns or {}) do
    if name:lower() == "session_id" then session_column = i end
  end
  if not session_column then
    feedback[#feedback + 1] = "the result has no session_id column"
  else
    local seen, duplicate = {}, nil
    for _, row in ipairs(user.rows) do
      local id = row[session_column]
      if seen[id] then duplicate = id break end
      seen[id] = true
    end
    if duplicate == nil then
      score = score + 1
      feedback[#feedback + 1] = "one row per session"
    else
      feedback[#feedback + 1] = ("session_id %s appears more than once"):format(tostring(duplicate))
    end
  end

  return {score = score, max = 2, feedback = feedback,
          status = score == 2 and "accepted" or "rejected"}
end
