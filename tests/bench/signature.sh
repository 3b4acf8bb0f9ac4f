#!/usr/bin/env bash
# Cost of a function-signature build against a full program: the same task (sum of
# 1000 numbers) on 200 tests, judged with grind -j1, as a stdin program and as a
# function joined to the driver, in C++ and in Python. The median of ROUNDS runs
# (default 5) after a warm-up (the builds are cached, as in daily use).
# Usage: tests/bench/signature.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-5}
count=200
source "$root/tests/bench/lib.sh"

make_problem() { # dir, signature yaml (empty for stdin)
    mkdir -p "$1/tests"
    printf 'title: Bench total\ndifficulty: easy\nlimits: {time: 2s, memory: 64MiB}\ntests: [{dir: tests}]\n%s' "$2" >"$1/problem.yaml"
}
make_problem "$work/stdin" ""
make_problem "$work/function" $'signature:\n  function: total\n  params: [{name: nums, type: "int[]"}]\n  returns: long\n'
python3 - "$work" "$count" <<'PY'
import random, sys
work, count = sys.argv[1], int(sys.argv[2])
r = random.Random(1)
for i in range(1, count + 1):
    xs = [r.randint(-10**6, 10**6) for _ in range(1000)]
    name = "%03d" % i
    open(f"{work}/stdin/tests/{name}.in", "w").write(f"{len(xs)}\n{' '.join(map(str, xs))}\n")
    open(f"{work}/function/tests/{name}.in", "w").write("[" + ",".join(map(str, xs)) + "]\n")
    for kind in ("stdin", "function"):
        open(f"{work}/{kind}/tests/{name}.ans", "w").write(f"{sum(xs)}\n")
PY
# The program is written as most C++ solutions are (iostream, a vector): loading
# libstdc++ is most of a short run's cost, and the driver's C++ pays it too.
cat >"$work/stdin.cpp" <<'CPP'
#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> v(n);
    for (auto &x : v) cin >> x;
    long long s = 0;
    for (int x : v) s += x;
    cout << s << "\n";
}
CPP
cat >"$work/function.cpp" <<'CPP'
class Solution {
public:
    long long total(vector<int>& nums) { long long s = 0; for (int x : nums) s += x; return s; }
};
CPP
printf 'import sys\nsys.stdin.readline()\nprint(sum(map(int, sys.stdin.readline().split())))\n' >"$work/stdin.py"
printf 'class Solution:\n    def total(self, nums):\n        return sum(nums)\n' >"$work/function.py"

measure() { # name, problem, solution
    "$grind" test "$2" "$3" --all -j1 >/dev/null 2>&1 || { "$grind" test "$2" "$3" --all -j1; exit 1; }
    local times=()
    for _ in $(seq 1 "$rounds"); do
        local t0; t0=$(now)
        "$grind" test "$2" "$3" --all -j1 >/dev/null 2>&1
        times+=($(( ($(now) - t0) / 1000 )))
    done
    local med; med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-28s %8.1f ms  %6.3f ms/test\n' "$1" "$(echo "$med / 1000" | bc -l)" "$(echo "$med / 1000 / $count" | bc -l)"
}
echo "$count tests of 1000 numbers, grind -j1, median of $rounds runs ($(nproc) cores)"
for lang in cpp py; do
    measure "$lang stdin program" "$work/stdin" "$work/stdin.$lang"
    measure "$lang function + driver" "$work/function" "$work/function.$lang"
done
