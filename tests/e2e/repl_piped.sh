# The shell reads commands line by line when stdin is not a terminal: scripted sessions.
source "$(dirname "$0")/../support/e2e_lib.sh"
cat >"$WORK/session.txt" <<'IN'
list sql --tag window
open open-rate-by-channel
.tables
SELECT channel,
       COUNT(*) AS sent
  FROM notifications
 GROUP BY channel;
submit
hint
.bogus
quit
IN
expect_code 1 "scripted session (an unknown command makes the exit code 1)" -- sh -c "\"$PREPL\" < \"$WORK/session.txt\""
expect_match "$WORK/out" "open-rate-by-channel" "problem opened"
expect_match "$WORK/out" "notifications  opens  users" "tables listed"
expect_match "$WORK/out" "^email\|" "multi-line query ran (list mode)"
expect_match "$WORK/out" "rejected" "submit graded the last query"
expect_match "$WORK/out" "hint 1/" "hint shown"
expect_match "$WORK/out" "unknown command .bogus" "unknown dot-command"
expect_no_match "$WORK/out" "prepl>" "no prompt when piped"

printf 'open open-rate-by-channel\nSELECT 1;\nquit\n' >"$WORK/ok.txt"
expect_code 0 "clean scripted session exits 0" -- sh -c "\"$PREPL\" < \"$WORK/ok.txt\""
# `edit` runs the query the editor leaves in the file; `time` shows the clock.
cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
printf "SELECT 'from-the-editor' AS marker;\n" > "$1"
SH
chmod +x "$WORK/editor.sh"
printf 'open open-rate-by-channel\ntime\nSELECT 1;\nedit\nquit\n' >"$WORK/edit.txt"
expect_code 0 "edit and time" -- sh -c "VISUAL= EDITOR=\"$WORK/editor.sh\" \"$PREPL\" < \"$WORK/edit.txt\""
expect_match "$WORK/out" "^00:0[0-9] on open-rate-by-channel" "time shows the clock"
expect_match "$WORK/out" "^from-the-editor$" "the edited query ran"
finish
