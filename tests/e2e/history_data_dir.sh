#!/usr/bin/env bash
# End-to-end (tmux): the shell's history follows --data-dir, so a second profile keeps its own.
# Usage: history_data_dir.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"
source "$(dirname "$0")/../support/e2e_tmux.sh"

start_in_terminal "$PREPL --data-dir $WORK/profile"
step "the shell starts" 'prepl>'
type_line "SELECT 'kept-in-profile' AS marker;"
step "the query ran" 'kept-in-profile'
type_line "quit"
step "the shell exits" 'PREPL-EXIT=0'
if grep -q "kept-in-profile" "$WORK/profile/history" 2>/dev/null; then passes=$((passes + 1)); else
  echo "FAIL: history not written to --data-dir/history"; ls -R "$WORK" | head -20; failures=$((failures + 1)); fi
if [ ! -e "$WORK/state/prepl/history" ]; then passes=$((passes + 1)); else
  echo "FAIL: with --data-dir the history still went to \$XDG_STATE_HOME"; failures=$((failures + 1)); fi
finish
