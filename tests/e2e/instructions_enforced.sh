#!/usr/bin/env bash
# End-to-end: a prompt's instruction on *how* is enforced (issue 13, "Instructions are enforced or
# removed"): a median problem that says "without MEDIAN" rejects MEDIAN(), and an upsert problem
# rejects UPDATE + INSERT even though the final table is the same.
# Usage: instructions_enforced.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"

cat > "$WORK/median.sql" <<'SQL'
SELECT d.name AS department, MEDIAN(e.salary) AS median_salary
FROM employees e JOIN departments d ON d.department_id = e.department_id
WHERE e.salary IS NOT NULL GROUP BY d.name;
SQL
expect_code 1 "MEDIAN() is rejected where the prompt forbids it" -- "$PREPL" check median-salary-by-department "$WORK/median.sql"
expect_match "$WORK/out" 'without MEDIAN\(\)' "the feedback names the instruction"

printf -- "-- a comment that mentions MEDIAN( is not a use\n/* nor PERCENTILE_CONT( here */\n" > "$WORK/reference.sql"
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["solution"])' \
  "$ROOT/problems/sql/median-salary-by-department.json" >> "$WORK/reference.sql"
expect_code 0 "the ROW_NUMBER method is accepted (words in comments and strings do not count)" -- "$PREPL" check median-salary-by-department "$WORK/reference.sql"

cat > "$WORK/update_insert.sql" <<'SQL'
UPDATE stock SET qty = f.qty, updated_at = f.feed_ts
FROM (SELECT sku, qty, feed_ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY sku ORDER BY feed_ts DESC, feed_id DESC) AS rn
      FROM stock_feed WHERE qty IS NOT NULL) WHERE rn = 1) AS f
WHERE f.sku = stock.sku AND f.feed_ts > stock.updated_at;
INSERT INTO stock (sku, qty, updated_at)
SELECT sku, qty, feed_ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY sku ORDER BY feed_ts DESC, feed_id DESC) AS rn
      FROM stock_feed WHERE qty IS NOT NULL) WHERE rn = 1 AND sku NOT IN (SELECT sku FROM stock);
SQL
expect_code 1 "UPDATE + INSERT is rejected where the prompt asks for an upsert" -- "$PREPL" check upsert-stock-from-feed "$WORK/update_insert.sql"
expect_match "$WORK/out" 'ON CONFLICT' "the feedback names the upsert"
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["solution"])' \
  "$ROOT/problems/sql/upsert-stock-from-feed.json" > "$WORK/upsert.sql"
expect_code 0 "the reference upsert is accepted" -- "$PREPL" check upsert-stock-from-feed "$WORK/upsert.sql"
finish
