#!/usr/bin/env bash
# Judging speed: a trivial C solution on 200 tests, timed in one run as
#   1. the minimal spawn-wait-compare loop in C (baseline.c), no sandbox, no measurement
#   2. grind -j1, every layer off (GRIND_UNSANDBOXED=1)
#   3. grind -j1, full sandbox
#   4. grind with the default -j (one test per core), full sandbox
#   5. online-judge-tools' `oj t`, when it can be installed from PyPI
# Each is run ROUNDS times (default 7) after a warm-up; the median wall time is shown.
# Usage: tests/bench/run.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-7}
count=200
source "$root/tests/bench/lib.sh"

problem="$work/bench-sum"
mkdir -p "$problem/tests"
printf 'title: Bench sum\ndifficulty: easy\nlimits: {time: 1s, memory: 64MiB}\ntests: [{dir: tests}]\n' >"$problem/problem.yaml"
for i in $(seq 1 $count); do
    n=$(printf '%03d' "$i")
    printf '1\n%d %d\n' "$i" "$((i * 7))" >"$problem/tests/$n.in"
    printf '%d\n' "$((i * 8))" >"$problem/tests/$n.ans"
done
solution="$root/tests/fixtures/solutions/c/AC.c"
gcc -O2 -o "$work/baseline" "$root/tests/bench/baseline.c"
# The baseline runs the very binary grind built (same flags, same libraries).
"$grind" test "$problem" "$solution" --all -j1 >/dev/null 2>&1
cp "$(ls -d "$GRIND_HOME"/cache/builds/c-*/ | head -n 1)main" "$work/solution"

measure() { # name, command...
    local name=$1; shift
    "$@" >/dev/null 2>&1 || { echo "$name failed" >&2; "$@"; exit 1; }
    local times=()
    for _ in $(seq 1 "$rounds"); do
        local t0; t0=$(now)
        "$@" >/dev/null 2>&1
        times+=($(( ($(now) - t0) / 1000 )))
    done
    local med; med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-38s %8.1f ms  %6.3f ms/test\n' "$name" "$(echo "$med / 1000" | bc -l)" "$(echo "$med / 1000 / $count" | bc -l)"
    echo "$med" >"$work/$name.us"
}

echo "200 tests, trivial C solution, median of $rounds runs ($(nproc) cores, $(uname -r))"
measure "baseline C loop" "$work/baseline" "$work/solution" "$problem/tests" $count
measure "grind -j1 unsandboxed" env GRIND_UNSANDBOXED=1 "$grind" test "$problem" "$solution" --all -j1
measure "grind -j1" "$grind" test "$problem" "$solution" --all -j1
measure "grind -j$(nproc)" "$grind" test "$problem" "$solution" --all
base=$(cat "$work/baseline C loop.us"); j1=$(cat "$work/grind -j1.us"); free=$(cat "$work/grind -j1 unsandboxed.us")
jn=$(cat "$work/grind -j$(nproc).us")
printf 'grind -j1 / baseline:            %.2fx (target <= 1.3x)\n' "$(echo "$j1 / $base" | bc -l)"
printf 'grind -j%s / baseline:            %.2fx (target < 1x)\n' "$(nproc)" "$(echo "$jn / $base" | bc -l)"
printf 'sandbox cost per test:           %.3f ms (target <= 0.35 ms)\n' "$(echo "($j1 - $free) / 1000 / $count" | bc -l)"
# The peers' usual local runner, online-judge-tools' `oj t`, on the same tests and the
# same binary, when it can be installed from PyPI into a scratch venv.
if python3 -m venv "$work/oj" >/dev/null 2>&1 &&
    "$work/oj/bin/pip" install -q online-judge-tools >/dev/null 2>&1; then
    mkdir -p "$work/oj-tests"
    for f in "$problem"/tests/*.in; do
        cp "$f" "$work/oj-tests/"
        cp "${f%.in}.ans" "$work/oj-tests/$(basename "${f%.in}").out"
    done
    measure "oj t (online-judge-tools)" env HOME="$work" "$work/oj/bin/oj" t -c "$work/solution" -d "$work/oj-tests"
    oj=$(cat "$work/oj t (online-judge-tools).us")
    printf 'oj t / grind -j%s:                %.1fx\n' "$(nproc)" "$(echo "$oj / $jn" | bc -l)"
else
    echo "(online-judge-tools could not be installed: no comparison with oj t)"
fi
"$grind" doctor | sed -n 2p
