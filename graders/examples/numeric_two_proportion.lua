-- Example numeric grader (see graders/README.md): the user reports the z statistic of a
-- two-proportion z-test; the expected value comes from the C++ solver, never from this file.
local numeric = require "numeric"

return function(answer, ctx)
  local p = ctx.params
  local expected, err = ctx.solve("two_proportion_ztest", {x1 = p.x1, n1 = p.n1, x2 = p.x2, n2 = p.n2})
  if not expected then error("two_proportion_ztest failed: " .. err) end

  local got = numeric.first_number(answer)
  if got == nil then
    return {score = 0, max = 1, status = "rejected", feedback = {"no number found in the answer"}}
  end
  if numeric.close(got, expected.z, 1e-3, 5e-3) then
    return {score = 1, max = 1, status = "accepted", feedback = {("z = %.3f is right"):format(got)}}
  end
  return {score = 0, max = 1, status = "rejected", expected_z = expected.z,
          feedback = {("z should be about %.3f (pooled standard error), not %s"):format(expected.z, got)}}
end
