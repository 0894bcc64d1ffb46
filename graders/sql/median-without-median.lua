-- median-salary-by-department: the prompt asks for the median *without* MEDIAN or
-- PERCENTILE_CONT (prepl adds both as conveniences, but the exercise is the ROW_NUMBER method).
local sql = require "sql_text"

return function(answer, ctx)
  local code = sql.code(answer)
  for _, name in ipairs({"median", "percentile_cont", "percentile_disc", "percentile"}) do
    if sql.calls(code, name) then
      return {score = 0, max = 1, status = "rejected",
              feedback = {("the prompt asks for the median without %s(): number the salaries with "
                           .. "ROW_NUMBER() and average the middle one or two"):format(name:upper())}}
    end
  end
  return {score = 1, max = 1, feedback = {"median computed without a median function"}}
end
