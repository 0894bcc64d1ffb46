# The shell in a real terminal (tmux): prompts, multi-line SQL, submit, Ctrl-C, Ctrl-D, history.
source "$(dirname "$0")/../support/e2e_lib.sh"
source "$(dirname "$0")/../support/e2e_tmux.sh"

start_in_terminal "'$PREPL'"
step "banner" "open ID. to start"
type_line "open open-rate-by-channel"
step "problem opened with its tables" "opens\(notification_id INTEGER"
type_line "SELECT channel, campaign,"
step "continuation prompt" '^\.\.\.>'
type_line "  COUNT(*) AS sent FROM notifications GROUP BY 1, 2;"
step "result drawn as a box" "│ channel"
type_line "submit"
step "verdict" "rejected"
step "rules shown" "rules: rows in any order"
type_line "SELECT 1,"
tm send-keys -t e2e C-c
step "Ctrl-C clears a partial statement" '\^C'
type_line "SELECT 'after-ctrl-c' AS marker;"
step "input works after Ctrl-C" "after-ctrl-c"
type_line "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;"
sleep 0.5
tm send-keys -t e2e C-c
step "Ctrl-C cancels a running query" "query cancelled"
sleep 0.3
tm capture-pane -t e2e -p -S -300 >"$screen"
n=$(grep -c "cancel" "$screen")
if [ "$n" -eq 1 ] && ! grep -q "^Error:" "$screen"; then passes=$((passes + 1)); else
  echo "FAIL: Ctrl-C on a running query should print one line, got $n:"; grep -n "cancel\|Error" "$screen"; failures=$((failures + 1)); fi
type_line "SELECT 'still-alive' AS marker;"
step "the shell keeps running" "still-alive"
tm send-keys -t e2e C-d
step "Ctrl-D quits with 0" "PREPL-EXIT=0"
if grep -q "after-ctrl-c" "$WORK/state/prepl/history" 2>/dev/null; then passes=$((passes + 1)); else
  echo "FAIL: history file not written"; failures=$((failures + 1)); fi
# The submit above is in the progress store.
expect_code 0 "progress after the session" -- "$PREPL" progress --format json
expect_match "$WORK/out" '"attempts": *1' "one attempt recorded"
finish
