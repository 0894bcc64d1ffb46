-- upsert-stock-from-feed: the prompt asks for an upsert, INSERT ... ON CONFLICT ... DO UPDATE,
-- not an UPDATE followed by an INSERT (which gives the same final table).
local sql = require "sql_text"

return function(answer, ctx)
  local code = sql.code(answer)
  if sql.has_phrase(code, "on", "conflict") and sql.has_phrase(code, "do", "update") then
    return {score = 1, max = 1, feedback = {"an upsert: INSERT ... ON CONFLICT ... DO UPDATE"}}
  end
  return {score = 0, max = 1, status = "rejected",
          feedback = {"the table is right, but the prompt asks for one upsert statement: "
                      .. "INSERT ... SELECT ... ON CONFLICT (sku) DO UPDATE SET ... WHERE ..."}}
end
