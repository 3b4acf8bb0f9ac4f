#!/usr/bin/env bash
# grind stress: the cost of one stress try against the judge's cost of one test, and
# how long finding and shrinking takes on bank problems with wrong solutions.
#  1. per try: `grind stress P accepted --tries 200` (generator + validator + reference
#     + solution + check per try) against `grind test` on 200 tests made by the same
#     generator (solution + check per test), both -j1 and -j2; medians of ROUNDS.
#  2. shrinking large inputs: the generator asked for size 200 every time (a wrapper
#     around the bank's), so the first failing input has ~200 tokens; the time to find
#     and shrink it, and the sizes before and after.
# Usage: tests/bench/stress.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3}
source "$root/tests/bench/lib.sh"
export GRIND_CACHE="$work/cache"
ms() { echo $(( ($(now) - $1) / 1000000 )); }

p=max-sum-window
src="$root/problems/$p"
sol="$src/solutions/accepted/main.cpp"
# The same problem with 200 small tests in a folder, answers by the accepted solution.
copy="$work/$p"
cp -r "$src" "$copy"
python3 - "$copy/problem.yaml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
text = re.sub(r"\ntests:\n(  - .*\n)+", "\ntests:\n  - dir: small\n", text)
open(path, "w").write(text)
PY
mkdir -p "$copy/small"
g++ -O2 -o "$work/ref" "$sol"
for s in $(seq 1 200); do
    python3 "$src/generators/gen.py" "$s" --max-n 10 >"$copy/small/$s.in"
    "$work/ref" <"$copy/small/$s.in" >"$copy/small/$s.ans"
done
"$grind" test "$copy" "$sol" --all >/dev/null 2>&1 # warm the build cache
"$grind" stress "$p" "$sol" --tries 5 >/dev/null 2>&1
echo "per try ($p, C++ solution and reference, Python generator and validator), ms per test:"
for jobs in 1 2; do
    t_test=() t_stress=()
    for r in $(seq 1 "$rounds"); do
        t0=$(now); "$grind" test "$copy" "$sol" --all -j "$jobs" >/dev/null 2>&1; t_test+=($(ms "$t0"))
        t0=$(now); "$grind" stress "$p" "$sol" --tries 200 --seed "$r" -j "$jobs" >/dev/null 2>&1; t_stress+=($(ms "$t0"))
    done
    test_ms=$(printf '%s\n' "${t_test[@]}" | median)
    stress_ms=$(printf '%s\n' "${t_stress[@]}" | median)
    awk -v j="$jobs" -v a="$test_ms" -v b="$stress_ms" 'BEGIN {
        printf "  -j%d: grind test %.2f ms/test, grind stress %.2f ms/try (%.1fx)\n", j, a / 200, b / 200, b / a }'
done
# What one try spends outside the judge: a Python start for the generator, one for
# the validator.
t0=$(now); for s in $(seq 1 50); do python3 "$src/generators/gen.py" "$s" --max-n 10 >/dev/null; done
echo "  (one Python generator run alone: $(( $(ms "$t0") / 50 )) ms)"

echo "finding and shrinking a ~200-token failing input (-j2):"
shrink() { # problem, solution file
    local p=$1 file=$2 gen="$work/gen200-$1.py"
    { printf 'import sys\nsys.argv[1:] = [sys.argv[1], "--max-n", "200"]\n'; cat "$root/problems/$p/generators/gen.py"; } >"$gen"
    local t0; t0=$(now)
    local out; out=$("$grind" stress "$p" "$file" --gen "$gen" --seed 1 --json 2>/dev/null || true)
    local took; took=$(ms "$t0")
    python3 -c '
import json, sys
d = json.loads(sys.argv[1])
tokens = lambda s: len(s.split())
print("  %-20s %-28s %s: %d tokens -> %d (%r), %d steps, %d inputs judged, %.1f s" % (
    sys.argv[2], sys.argv[3], d["verdict"], tokens(d["original_input"]), tokens(d["input"]),
    d["input"][:40], d["shrink_steps"], d["shrink_judged"], int(sys.argv[4]) / 1000))' "$out" "$p" "$(basename "$file")" "$took"
}
shrink count-inversions "$root/problems/count-inversions/solutions/wrong_answer/counts-equal.cpp"
shrink max-sum-window "$root/problems/max-sum-window/solutions/wrong_answer/skips-last-window.cpp"
shrink equal-halves "$root/problems/equal-halves/solutions/wrong_answer/greedy-lighter-side.py"
