#!/usr/bin/env bash
# Progress store end to end: a mock interview on a one-table bank is recorded, reported,
# exported, paused and resumed, and reset; a damaged store is reported and left alone.
# Usage: session_progress.sh PREPL_BINARY SOURCE_DIR
set -u
PREPL="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/bank/sql" "$WORK/bank/datasets"
echo "CREATE TABLE users(id INTEGER); INSERT INTO users VALUES (1),(2);" > "$WORK/bank/datasets/tiny.sql"
for id in count-a count-b; do
  cat > "$WORK/bank/sql/$id.json" <<JSON
{"id": "$id", "kind": "sql", "title": "Count $id", "prompt": "How many users?", "tags": ["basics"],
 "target_minutes": 3, "dataset": "tiny", "solution": "SELECT COUNT(*) AS n FROM users;",
 "hints": ["COUNT"], "explanation": "Count the rows."}
JSON
done
P=("$PREPL" --bank "$WORK/bank" --data-dir "$WORK/data")

out=$("${P[@]}" progress --format json) || fail "progress on an empty store"
grep -q '"attempts": 0' <<<"$out" || fail "empty store reports attempts: $out"

# A one-question mock answered right.
out=$(printf 'SELECT COUNT(*) AS n FROM users;\nsubmit\n' | "${P[@]}" mock --mix sql=1 --seed 3 --minutes 10) || fail "mock run"
grep -q 'Score: 1.00 / 1' <<<"$out" || fail "debrief score: $out"
[ -f "$WORK/data/progress.db" ] || fail "store not created under --data-dir"

out=$("${P[@]}" mock --report LAST --format json) || fail "mock --report"
grep -q '"total": 1.0' <<<"$out" || fail "report total: $out"
grep -q '"status": "accepted"' <<<"$out" || fail "report status: $out"

out=$("${P[@]}" progress --format json)
grep -q '"attempts": 1' <<<"$out" && grep -q '"accepted": 1' <<<"$out" || fail "progress after the mock: $out"
out=$("${P[@]}" progress --ascii)
grep -q '#' <<<"$out" || fail "ascii chart: $out"

# Same seed and history: same questions. Pause at once, then resume and finish.
out=$(printf 'pause\n' | "${P[@]}" mock --mix sql=2 --seed 9 --minutes 10) || fail "mock pause"
grep -q 'paused' <<<"$out" || fail "pause message: $out"
grep -q 'Question 1/2' <<<"$out" || fail "two questions: $out"
out=$(printf 'hint\nsolution\nSELECT COUNT(*) AS n FROM users;\nsubmit\nSELECT 5 AS n;\nsubmit\n' | "${P[@]}" mock --resume) || fail "mock resume"
grep -q 'Resuming mock #2' <<<"$out" || fail "resume message: $out"
grep -q 'Hints are off' <<<"$out" || fail "hints refused: $out"
grep -q 'not available during a mock' <<<"$out" || fail "solution refused: $out"
grep -q 'Score: 1.00 / 2' <<<"$out" || fail "resumed debrief: $out"
printf '' | "${P[@]}" mock --resume >/dev/null 2>&1 && fail "resume with nothing paused should fail"

out=$("${P[@]}" export) || fail "export"
python3 - "$out" <<'PY' || fail "export content"
import json, sys
j = json.loads(sys.argv[1])
assert len(j["attempts"]) == 3, j["attempts"]
assert len(j["mocks"]) == 2 and len(j["mocks"][1]["items"]) == 2
assert {r["problem_id"] for r in j["review_state"]} == {"count-a", "count-b"}
PY

# reset: no terminal, so --yes is required.
"${P[@]}" reset --all </dev/null >/dev/null 2>&1; [ $? -eq 2 ] || fail "reset without --yes must exit 2"
out=$("${P[@]}" reset count-a --yes) || fail "reset one"
grep -q 'Deleted' <<<"$out" || fail "reset message: $out"
out=$("${P[@]}" reset --all --yes) || fail "reset all"
out=$("${P[@]}" progress --format json)
grep -q '"attempts": 0' <<<"$out" || fail "after reset --all: $out"

# A damaged store: a clear error naming the file, and the file untouched.
mkdir -p "$WORK/bad"
head -c 4096 /dev/urandom > "$WORK/bad/progress.db"
before=$(sha1sum < "$WORK/bad/progress.db")
err=$("$PREPL" --bank "$WORK/bank" --data-dir "$WORK/bad" progress 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] || fail "damaged store exit code $code"
grep -q "$WORK/bad/progress.db" <<<"$err" || fail "error names the file: $err"
grep -q 'move it aside' <<<"$err" || fail "error gives the fix: $err"
[ "$(sha1sum < "$WORK/bad/progress.db")" = "$before" ] || fail "damaged store was modified"
echo "ok"
