#!/usr/bin/env bash
# grind grade at class size: CANDIDATES (default 100) candidates, each with a
# solution to two-sum, climbing-stairs and missing-number taken from the bank's
# accepted and wrong-answer solutions (candidate i gets file (i + problem's index)
# modulo their number; at most 2 two-sum hand-ins are the time-limit-exceeded one,
# which costs seconds per test). Each file gets a comment naming its candidate, so
# every file differs; the copy detector ignores comments, so candidates with the same
# bank file are still reported as identical (identical_with), as they should be.
#  1. a warm-up grading of 2 candidates, so the PCH, the checker's build and the
#     generated tests are cached; every timed stage starts with the builds the
#     warm-up left, so the class's own solutions are compiled in each
#  2. the whole grading, unsharded, -j2
#  3. the same as 4 shards (-j1 each) run at once, then `grade merge`; the merged
#     results.csv (candidate..total) and grade.json must equal the unsharded ones
#  4. the first CANDIDATES/4 candidates, -j2, to see memory stay flat with size
# Peak memory is grind's own (VmHWM, sampled) and, with /usr/bin/time, the largest of
# grind and everything it waited for (compilers and solutions included).
# Usage: tests/bench/grade.sh [CANDIDATES]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
candidates=${1:-100}
[[ $candidates =~ ^[0-9]+$ ]] && [ "$candidates" -ge 4 ] ||
    { echo "usage: $0 [CANDIDATES >= 4]" >&2; exit 2; }
source "$root/tests/bench/lib.sh"

problems=(two-sum climbing-stairs missing-number)
tle="$root/problems/two-sum/solutions/time_limit_exceeded/tle-all-pairs.cpp"
tle_at="$((candidates / 2)) $((candidates - 1))" # never among the first quarter
name() { printf 'c%03d' "$(($1 + 1))"; }

# The class.
class="$work/class"
for p in "${!problems[@]}"; do
    id=${problems[$p]}
    mapfile -t files < <(find "$root/problems/$id/solutions/accepted" \
        "$root/problems/$id/solutions/wrong_answer" -type f | LC_ALL=C sort)
    for i in $(seq 0 $((candidates - 1))); do
        file=${files[$(((i + p) % ${#files[@]}))]}
        [ "$id" = two-sum ] && [[ " $tle_at " == *" $i "* ]] && file=$tle
        ext=${file##*.}
        case $ext in py) comment='#' ;; *) comment='//' ;; esac
        mkdir -p "$class/$(name "$i")"
        { cat "$file"; printf '\n%s handed in by %s\n' "$comment" "$(name "$i")"; } \
            >"$class/$(name "$i")/$id.$ext"
    done
done
subset() { # folder, count: a class of the first count candidates
    mkdir -p "$1"
    for i in $(seq 0 $(($2 - 1))); do cp -r "$class/$(name "$i")" "$1/"; done
}
quarter=$((candidates / 4))
subset "$work/warm-class" 2
# Changed (a comment more), so the warm-up's builds are not the class's.
for f in "$work"/warm-class/*/*; do
    case $f in *.py) echo '# warm-up' ;; *) echo '// warm-up' ;; esac >>"$f"
done
subset "$work/quarter-class" "$quarter"
pairs=$((candidates * ${#problems[@]}))

# Runs a grading in the background: sets pids[NAME]; `settle NAME...` waits for
# them and leaves each one's exit status, grind's own peak (KiB) and the tree's peak
# (KiB, or -) in $work/NAME.{rc,own,tree.kib}.
launch() { # name, grind arguments...
    local name=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f %M -o "$work/$name.tree" "$grind" grade "$@" >"$work/$name.log" 2>&1 &
    else
        echo - >"$work/$name.tree"
        "$grind" grade "$@" >"$work/$name.log" 2>&1 &
    fi
    pids[$name]=$!
}
declare -A pids
settle() { # names...: samples their grinds' VmHWM until all have ended
    local name g key value
    declare -A peak
    while :; do
        local running=0
        for name in "$@"; do
            kill -0 "${pids[$name]}" 2>/dev/null || continue
            running=1
            # grind itself, or /usr/bin/time's child (read, not forked for: the
            # sampling should not cost the gradings much; the list ends without "\n")
            g=${pids[$name]}
            if [ -x /usr/bin/time ]; then
                local time_pid=$g
                g=
                { read -r g _ <"/proc/$time_pid/task/$time_pid/children"; } 2>/dev/null || true
                [ -n "$g" ] || continue
            fi
            while read -r key value _; do
                [ "$key" = VmHWM: ] && [ "$value" -gt "${peak[$name]:-0}" ] && peak[$name]=$value
            done 2>/dev/null <"/proc/$g/status" || true
        done
        [ $running = 1 ] || break
        sleep 0.1
    done
    for name in "$@"; do
        local rc=0
        wait "${pids[$name]}" || rc=$?
        echo "$rc" >"$work/$name.rc"
        echo "${peak[$name]:-0}" >"$work/$name.own"
        # GNU time puts "Command exited with non-zero status 1" before the figure.
        tail -n 1 "$work/$name.tree" >"$work/$name.tree.kib"
        # Exit 1 (some pair not accepted) is expected; 2 means a pair was not graded.
        if [ "$rc" -gt 1 ]; then
            echo "grading $name ended with exit $rc:" >&2
            cat "$work/$name.log" >&2
            exit 1
        fi
    done
}
mib() { [ "$1" = - ] && echo - || echo "$(($1 / 1024))"; }
max_of() { sort -n | tail -n 1; }

# 1. Warm-up (not timed). Its builds (the checker's, and the warm-up's own files) are
# kept aside: every timed stage starts with just those, so none finds the class's
# builds made by the stage before it.
export GRIND_CACHE="$work/cache"
rc=0
"$grind" grade "$work/warm-class" --out "$work/out-warm" -j 2 >"$work/warm.log" 2>&1 || rc=$?
[ $rc -le 1 ] || { echo "warm-up grading ended with exit $rc:" >&2; cat "$work/warm.log" >&2; exit 1; }
cp -a "$GRIND_CACHE/builds" "$work/warm-builds"
warm_builds() { rm -rf "$GRIND_CACHE/builds" && cp -a "$work/warm-builds" "$GRIND_CACHE/builds"; }

echo "grind grade: $candidates candidates x ${#problems[@]} problems = $pairs pairs ($(nproc) cores, $(uname -r))"

# 2. Unsharded.
warm_builds
t0=$(now)
launch whole "$class" --out "$work/out-whole" -j 2
settle whole
whole_ns=$(($(now) - t0))

# 3. Four shards at once (sharing the cache, as jobs on one runner would), then the
# merge.
warm_builds
t0=$(now)
for k in 1 2 3 4; do
    launch "shard$k" "$class" --out "$work/out-shard$k" --shard "$k/4" -j 1
done
settle shard1 shard2 shard3 shard4
rc=0
"$grind" grade merge "$work"/out-shard{1,2,3,4} --out "$work/out-merged" >"$work/merge.log" 2>&1 || rc=$?
[ $rc -le 1 ] || { echo "grade merge ended with exit $rc:" >&2; cat "$work/merge.log" >&2; exit 1; }
shards_ns=$(($(now) - t0))

# 4. A quarter of the class.
warm_builds
t0=$(now)
launch quarter "$work/quarter-class" --out "$work/out-quarter" -j 2
settle quarter
quarter_ns=$(($(now) - t0))

seconds() { printf '%.1f' "$(echo "$1 / 1000000000" | bc -l)"; }
rate() { printf '%.1f' "$(echo "$1 * 1000000000 / $2" | bc -l)"; }
verdicts=$(tail -n +2 "$work/out-whole/results.csv" | cut -d, -f3 | sort | uniq -c |
    awk '{printf "%s%s %s", sep, $2, $1; sep=", "}')
identical=$(tail -n +2 "$work/out-whole/results.csv" | awk -F, '$11 != ""' | wc -l)
shard_own=$(cat "$work"/shard{1,2,3,4}.own | max_of)
shard_tree=$(cat "$work"/shard{1,2,3,4}.tree.kib | max_of)
printf '%-26s %7s %9s %13s %14s\n' "" "wall s" "pairs/s" "grind MiB" "+children MiB"
printf '%-26s %7s %9s %13s %14s\n' "unsharded -j2" "$(seconds $whole_ns)" \
    "$(rate $pairs $whole_ns)" "$(mib "$(cat "$work/whole.own")")" "$(mib "$(cat "$work/whole.tree.kib")")"
printf '%-26s %7s %9s %13s %14s\n' "4 shards -j1 + merge" "$(seconds $shards_ns)" \
    "$(rate $pairs $shards_ns)" "$(mib "$shard_own")" "$(mib "$shard_tree")"
printf '%-26s %7s %9s %13s %14s\n' "quarter ($quarter cand.) -j2" "$(seconds $quarter_ns)" \
    "$(rate $((quarter * ${#problems[@]})) $quarter_ns)" \
    "$(mib "$(cat "$work/quarter.own")")" "$(mib "$(cat "$work/quarter.tree.kib")")"
echo "verdicts: $verdicts; $identical pairs flagged identical to another's (comments aside)"
echo "(shards: the largest of the four; +children: the largest of grind, compilers and solutions)"

same=yes
cmp -s <(cut -d, -f1-6 "$work/out-whole/results.csv") <(cut -d, -f1-6 "$work/out-merged/results.csv") || {
    same=no
    diff <(cut -d, -f1-6 "$work/out-whole/results.csv") <(cut -d, -f1-6 "$work/out-merged/results.csv") | head -n 20 >&2 || true
}
cmp -s "$work/out-whole/grade.json" "$work/out-merged/grade.json" || {
    same=no
    diff "$work/out-whole/grade.json" "$work/out-merged/grade.json" | head -n 20 >&2 || true
}
echo "merged == unsharded: $same"
[ $same = yes ]
