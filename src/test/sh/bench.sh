#!/usr/bin/env bash
# Performance benchmark (issue 16): every figure of the issue, through ./viva and through the release
# zip's bin/viva, each as the median of N runs beside the median of `java -version` measured in the same
# rounds (the ratio is what the targets are written in, and what survives a busy machine). It builds the
# jar and the zip, a 10,000-question set of user banks and a 1,000,000-attempt history in a temporary
# folder, and runs everything with VIVA_HOME, HOME and the XDG folders pointing into it. Run from anywhere:
#     bash src/test/sh/bench.sh [runs]          (default 9; BENCH_RUNS=N works too)
# BENCH_ATTEMPTS and BENCH_PER_FILE make the history and the 100 bank files smaller for a quick try.
# Not part of `mvn test`: it takes many minutes and measures the machine as much as the code.
set -euo pipefail
runs=${1:-${BENCH_RUNS:-9}}
attempts=${BENCH_ATTEMPTS:-1000000}
per_file=${BENCH_PER_FILE:-100}
cd "$(dirname "$0")/../../.."
repo=$(pwd)
work=$(mktemp -d -t viva-bench.XXXXXX)
sockets=()
cleanup() {
    for s in "${sockets[@]}"; do tmux -L "$s" kill-server 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

say() { echo "bench: $*" >&2; }

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
say "building the jar, the test classes and the release zip"
if ! mvn -B -o -q -DskipTests package >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    exit 1
fi
unzip -q "$(ls target/viva-*.zip | head -n 1)" -d "$work/release"
release=$(ls -d "$work"/release/viva-*/bin/viva)

# Everything from here on sees only the temporary folder (Maven above still needed the real ~/.m2).
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
export LC_ALL=C.UTF-8 TZ=UTC COLUMNS=120
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
plain=$work/plain        # no history, built-in banks only
banks=$work/banks10k     # 100 user bank files of 100 questions
history=$work/history1m  # 1,000,000 attempts at the built-in questions
mkdir -p "$plain" "$banks" "$history"
generate() { java -XX:+UseSerialGC -cp "$repo/target/viva.jar:$repo/target/test-classes" viva.bench.BenchData "$@" >&2; }
say "making 100 bank files of $per_file questions and a history of $attempts attempts"
generate banks "$banks/banks" 100 "$per_file"
generate history "$history/viva.db" "$attempts"

# The same history on a throw-away PostgreSQL cluster, where Debian's (or a PATH's) initdb is found: issue 17
# asks stats and report there within 2x of SQLite, and a drill's start within 100 ms of it.
pg_url= pg_empty=
pg_bin=$(command -v initdb >/dev/null && dirname "$(readlink -f "$(command -v initdb)")" || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    as_pg=()
    [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
    mkdir -p "$work/pg"
    [ "$(id -u)" = 0 ] && chown postgres: "$work/pg" && chmod 755 "$work"
    pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_pg[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/pg.log" 2>&1
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
        -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >>"$work/pg.log" 2>&1
    pg_stop() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true; }
    trap 'pg_stop; cleanup' EXIT
    for db in history empty; do
        "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U bench "$db"
    done
    pg_url=postgresql://bench@127.0.0.1:$pg_port/history
    pg_empty=postgresql://bench@127.0.0.1:$pg_port/empty
    say "copying the history into PostgreSQL"
    VIVA_HOME=$history ./viva history --copy-to "$pg_url" >&2
else
    say "no initdb: the PostgreSQL figures are left out"
fi

# The first run of each launcher makes its class-data archive (target/viva.jsa; the cache's for bin/viva).
./viva --version >/dev/null
VIVA_HOME=$plain "$release" --version >/dev/null
VIVA_HOME=$plain "$release" --version >/dev/null

ms() { date +%s%N | cut -b1-13; }
mkdir -p "$work/t"

# One timed run of "$@" with VIVA_HOME=$2 and the history $3 (empty: the file in VIVA_HOME), appended to
# $work/t/$key as "ms rss-KiB"; /usr/bin/time wraps java -version too, so its fork and exec are in the
# reference as well.
timed() {
    local key=$1 home=$2 server=$3
    shift 3
    local start end
    start=$(ms)
    if ! VIVA_HOME=$home VIVA_HISTORY=$server /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/err" </dev/null; then
        say "failed: $* (VIVA_HOME=$home)"
        cat "$work/err" >&2
        exit 1
    fi
    end=$(ms)
    echo "$((end - start)) $(tail -n 1 "$work/rss")" >>"$work/t/$key"
}

# Time from Enter in a real terminal (tmux) until the pane shows a line matching $3 (startup-bench.sh's
# method), for the command $4 with VIVA_HOME=$2; appended to $work/t/$1 as "ms -".
on_screen() {
    local key=$1 home=$2 pattern=$3 command=$4 server=$5
    local sock=viva-bench-$$-${#sockets[@]}
    sockets+=("$sock")
    tmux -L "$sock" new-session -d -s b -x 120 -y 40 "bash --norc --noprofile"
    sleep 0.5
    tmux -L "$sock" send-keys -t b "clear; VIVA_HOME=$home VIVA_HISTORY=$server $command"
    sleep 0.3
    local start end deadline
    start=$(ms)
    tmux -L "$sock" send-keys -t b Enter
    deadline=$((start + 20000))
    # Every 20 ms: polling faster takes a core from the program measured on a 2-core machine.
    until tmux -L "$sock" capture-pane -p -t b | grep -q -- "$pattern"; do
        if [ "$(ms)" -ge "$deadline" ]; then
            say "nothing matching '$pattern' after 20 s from: $command"
            tmux -L "$sock" capture-pane -p -t b >&2
            exit 1
        fi
        sleep 0.02
    done
    end=$(ms)
    tmux -L "$sock" kill-server
    echo "$((end - start)) -" >>"$work/t/$key"
}

grouped() { echo "$1" | sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta'; }
questions=$(grouped $((100 * per_file)))
history_size=$([ "$attempts" -eq 1000000 ] && echo 1M || grouped "$attempts")
# Each figure: a key, a label, VIVA_HOME, and the arguments; "screen" figures wait for a pattern in tmux.
figures=(
    "version|--version|$plain|--version"
    "help|--help|$plain|--help"
    "list|list|$plain|list"
    "tags|tags|$plain|tags"
    "show|show moe-routing-collapse|$plain|show moe-routing-collapse"
    "config|config --path|$plain|config --path"
    "complete|__complete tags -- drill -t (Tab)|$plain|__complete tags -- drill -t"
    "first|first question on screen (drill -t moe -n 1)|$plain|screen:\[1/1\]:drill -t moe -n 1"
    "list10k|list, $questions questions in 100 files|$banks|list"
    "stats|stats, $history_size attempts|$history|stats"
    "md|report --format md, $history_size|$history|report --format md"
    "html|report --format html, $history_size|$history|report --format html"
    "csv|report --format csv, $history_size|$history|report --format csv"
    "json|report --format json, $history_size|$history|report --format json"
    "due|due, $history_size|$history|due"
    "drilldue|drill --due to the first question, $history_size|$history|screen:\[1/:drill --due"
    "history|history --limit 50, $history_size|$history|history --limit 50"
)
if [ -n "$pg_url" ]; then
    figures+=(
        "pgfirst|first question, history on PostgreSQL|$plain|screen:\[1/1\]:drill -t moe -n 1|$pg_empty"
        "pgstats|stats, $history_size on PostgreSQL|$history|stats|$pg_url"
        "pgmd|report --format md, $history_size on PostgreSQL|$history|report --format md|$pg_url"
        "pgjson|report --format json, $history_size on PostgreSQL|$history|report --format json|$pg_url"
    )
fi
launchers=("viva|$repo/viva" "release|$release")

say "$runs rounds of java -version and ${#figures[@]} figures through 2 launchers"
for round in $(seq "$runs"); do
    say "round $round of $runs"
    for figure in "${figures[@]}"; do
        IFS='|' read -r key _ home args server <<<"$figure"
        for launcher in "${launchers[@]}"; do
            name=${launcher%%|*} program=${launcher#*|}
            # The reference beside every figure: java -version as often as any command, in the same moments.
            timed "java" "$plain" "" java -version
            case $args in
                screen:*)
                    rest=${args#screen:}
                    on_screen "$name-$key" "$home" "${rest%%:*}" "$program ${rest#*:}" "$server"
                    ;;
                *)
                    read -r -a words <<<"$args"
                    timed "$name-$key" "$home" "$server" "$program" "${words[@]}"
                    ;;
            esac
        done
    done
done

# The median of column $2 of file $1 (the middle run; the lower middle for an even count).
median() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
javams=$(median "$work/t/java" 1)
cell() {
    local file=$work/t/$1
    local wall rss
    wall=$(median "$file" 1)
    rss=$(median "$file" 2)
    printf '%6d ms %5.1fx' "$wall" "$(awk -v a="$wall" -v b="$javams" 'BEGIN {print a / b}')"
    if [ "$rss" = - ]; then printf '         '; else printf ' %4d MiB' "$((rss / 1024))"; fi
}

echo "viva benchmark, $(date -u +%Y-%m-%dT%H:%MZ), built from commit $commit"
echo "$(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
echo "medians of $runs runs; java -version: $javams ms (median of $(wc -l <"$work/t/java") runs in the same rounds)"
echo "RSS is the largest resident set (/usr/bin/time); screen figures are Enter to the question drawn in tmux"
echo
printf '| %-44s | %-27s | %-27s |\n' figure "./viva (ms, x java, RSS)" "bin/viva (ms, x java, RSS)"
printf '| %-44s | %-27s | %-27s |\n' "---" "---" "---"
for figure in "${figures[@]}"; do
    IFS='|' read -r key label _ _ <<<"$figure"
    printf '| %-44s | %s | %s |\n' "$label" "$(cell "viva-$key")" "$(cell "release-$key")"
done
