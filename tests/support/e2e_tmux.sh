# tmux helpers for end-to-end tests that need a real terminal: sourced after e2e_lib.sh.
if ! command -v tmux >/dev/null; then echo "tmux missing: scripts/deps.sh installs it"; exit 1; fi
export TMUX_TMPDIR="$WORK"   # a private tmux server, whatever else runs
tmux_socket="prepl-e2e-$$"
tm() { tmux -L "$tmux_socket" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
screen="$WORK/screen"

# start_in_terminal COMMAND: runs COMMAND in a 140x50 terminal; its exit code shows as PREPL-EXIT=N.
start_in_terminal() {
  tm new-session -d -s e2e -x 140 -y 50 "env TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data $1; echo PREPL-EXIT=\$?; sleep 120"
}

# wait_for REGEX [SECONDS]: polls the screen (default 10 s).
wait_for() {
  local tries=$(( ${2:-10} * 10 ))
  for _ in $(seq 1 "$tries"); do
    tm capture-pane -t e2e -p -S -300 >"$screen"
    grep -Eq -- "$1" "$screen" && return 0
    sleep 0.1
  done
  return 1
}

# step DESCRIPTION REGEX [SECONDS]
step() {
  if wait_for "$2" "${3:-10}"; then passes=$((passes + 1)); else
    echo "FAIL: $1: /$2/ not on screen:"; sed 's/^/  | /' "$screen" | tail -25; failures=$((failures + 1)); fi
}

# type_line TEXT: types TEXT and Enter. tmux reads an argument ending in ';' as a command
# separator, so the text goes literally with a trailing space.
type_line() { tm send-keys -t e2e -l -- "$1 "; tm send-keys -t e2e Enter; }
