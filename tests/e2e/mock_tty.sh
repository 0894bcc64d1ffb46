# A one-minute mock interview in a real terminal runs out of time by itself: the draft is graded
# as it stands and the debrief is written, without the user typing anything after time-up.
source "$(dirname "$0")/../support/e2e_lib.sh"
source "$(dirname "$0")/../support/e2e_tmux.sh"

start_in_terminal "'$PREPL' mock --minutes 1 --mix sql=1 --seed 7"
step "mock starts with a countdown in the prompt" '^\[[0-9]{2}:[0-9]{2}\] sql>'
type_line "SELECT 1 AS draft_answer;"
step "the draft query runs" "draft_answer"
step "time-up without further input" "Time is up" 75
step "debrief written" "Mock interview #1" 10
step "mock exits 0" "PREPL-EXIT=0" 10
expect_code 0 "the debrief is in the store" -- "$PREPL" mock --report LAST --format json
expect_match "$WORK/out" '"status": *"rejected"' "the draft was graded"
finish
