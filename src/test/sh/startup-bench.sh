#!/usr/bin/env bash
# Start-up benchmark: time from pressing Enter to (1) the first drill question on a real terminal
# (tmux), and (2) `viva list` having printed, on the terminal and into a pipe. Run from the repo root:
#     bash src/test/sh/startup-bench.sh [runs]
set -euo pipefail
runs=${1:-10}
cd "$(dirname "$0")/../../.."
./viva --version >/dev/null            # builds the jar and the class-data archive if needed
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

ms() { date +%s%N | cut -b1-13; }

# Time from Enter in a real terminal (tmux) until the pane shows a line matching $2, for the command $1.
on_screen() {
    local sock=viva-bench-$$-$3
    tmux -L "$sock" new-session -d -s b -x 120 -y 40 "bash --norc --noprofile"
    sleep 0.5
    tmux -L "$sock" send-keys -t b "clear; VIVA_HOME=$home LC_ALL=C.UTF-8 $1"
    sleep 0.3
    local start; start=$(ms)
    tmux -L "$sock" send-keys -t b Enter
    local deadline=$((start + 10000))
    # Poll every 20 ms: polling faster forks tmux and grep so often that it takes a core from the
    # program being measured on a 2-core machine, and the figure measures the poll.
    until tmux -L "$sock" capture-pane -p -t b | grep -q -- "$2"; do
        [ "$(ms)" -lt "$deadline" ] || { echo "nothing after 10 s" >&2; tmux -L "$sock" kill-server; return 1; }
        sleep 0.02
    done
    local end; end=$(ms)
    tmux -L "$sock" kill-server
    echo $((end - start))
}

first_question() { on_screen "./viva drill -t moe -n 1" '\[1/1\]' "$1"; }
list_on_screen() { on_screen "./viva list" ' questions$' "$1"; }

list_printed() {
    local start; start=$(ms)
    VIVA_HOME=$home ./viva list >/dev/null
    echo $(( $(ms) - start ))
}

stats() { sort -n | awk '{a[NR]=$1; s+=$1} END {printf "median %d ms, mean %d ms, min %d ms, max %d ms (%d runs)\n", a[int((NR+1)/2)], s/NR, a[1], a[NR], NR}'; }

echo "first question on screen: $(for i in $(seq "$runs"); do first_question "$i"; done | stats)"
echo "viva list on screen:      $(for i in $(seq "$runs"); do list_on_screen "$i"; done | stats)"
echo "viva list into a pipe:    $(for _ in $(seq "$runs"); do list_printed; done | stats)"
