# In a real terminal (tmux): long output goes through $PAGER, short output does not; \x shows
# one column per line; a case's text part reminds that '.' ends it.
source "$(dirname "$0")/../support/e2e_lib.sh"
source "$(dirname "$0")/../support/e2e_tmux.sh"

# A pager that keeps what it was given and says it ran.
cat >"$WORK/pager.sh" <<SH
#!/bin/sh
cat >"$WORK/paged"
echo PAGED-BY-TEST-PAGER
SH
chmod +x "$WORK/pager.sh"
start_in_terminal "PAGER='$WORK/pager.sh' '$PREPL'"
step "banner" "open ID. to start"
type_line "list"
step "a long list goes through the pager" "PAGED-BY-TEST-PAGER"
if grep -q "open-rate-by-channel" "$WORK/paged" 2>/dev/null; then passes=$((passes + 1)); else
  echo "FAIL: the pager did not get the list"; failures=$((failures + 1)); fi
rm -f "$WORK/paged"
type_line "list --tag window --difficulty hard"
step "a short list is printed directly" "[0-9]+ problems, [0-9]+ solved"
if [ ! -e "$WORK/paged" ]; then passes=$((passes + 1)); else
  echo "FAIL: a short list went through the pager"; failures=$((failures + 1)); fi
type_line "open open-rate-by-channel"
type_line '\x'
step "expanded display" "Expanded display is on"
type_line "SELECT 'wide-1' AS first_column, 'wide-2' AS second_column;"
step "one column per line" "^second_column = wide-2"
type_line "open novelty-primacy-effects"
step "case opened" "Part 1/3 \[diagnose\]"
type_line "a novelty effect"
step "continuation prompt names the part's end" "^\.\.\.\('\.' ends the part\)>"
tm send-keys -t e2e C-d
step "Ctrl-D quits" "PREPL-EXIT=0"
finish
