#!/usr/bin/env bash
# Edit-to-verdict latency: the time from saving a solution to its verdict, for a
# typical 25-test problem in each language. Each round changes the source (a new
# comment), so every round compiles afresh, as after a real edit; the median of
# ROUNDS (default 5) is shown. C++ is shown with <bits/stdc++.h> with and without the
# precompiled header (the header is built before the rounds, as on a user's first
# compile).
# Usage: tests/bench/latency.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-5}
count=25
source "$root/tests/bench/lib.sh"
export GRIND_CACHE="$work/cache"

problem="$work/sum25"
mkdir -p "$problem/tests"
printf 'title: Sum 25\ndifficulty: easy\nlimits: {time: 2s, memory: 256MiB}\ntests: [{dir: tests}]\n' >"$problem/problem.yaml"
for i in $(seq 1 $count); do
    n=$(printf '%02d' "$i")
    printf '2\n%d %d\n%d %d\n' "$i" "$((i * 3))" "$((-i))" "$((i * i))" >"$problem/tests/$n.in"
    printf '%d\n%d\n' "$((i * 4))" "$((i * i - i))" >"$problem/tests/$n.ans"
done
solutions="$root/tests/fixtures/solutions"
mkdir -p "$work/src"
sed 's|#include <iostream>|#include <bits/stdc++.h>|' "$solutions/cpp/AC.cpp" >"$work/src/stdcpp.cpp"

latency() { # name, file, comment prefix, [env...]
    local name=$1 file=$2 comment=$3; shift 3
    local ext=${file##*.} dir="$work/edit-$RANDOM"
    mkdir -p "$dir"
    local edited="$dir/$(basename "$file")"
    local times=()
    for round in $(seq 0 "$rounds"); do
        { cat "$file"; printf '\n%s edit %s %s\n' "$comment" "$round" "$RANDOM"; } >"$edited"
        local t0; t0=$(now)
        env "$@" "$grind" test "$problem" "$edited" --all >/dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }
        # Round 0 warms the toolchain's files into the page cache; it is not counted.
        [ "$round" -gt 0 ] && times+=($(( ($(now) - t0) / 1000 )))
    done
    local med; med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-34s %8.0f ms\n' "$name" "$(echo "$med / 1000" | bc -l)"
}

nopch="$work/nopch-home"
mkdir -p "$nopch/config"
sed -n '/^cpp:/,/^$/p' "$root/harness/languages.yaml" | grep -v precompiled_header >"$nopch/config/languages.yaml"

echo "save -> verdict, $count tests, median of $rounds edits ($(nproc) cores, $(uname -r))"
latency "C (gcc -O2)" "$solutions/c/AC.c" "//"
latency "C++ <iostream>" "$solutions/cpp/AC.cpp" "//"
latency "C++ <bits/stdc++.h>, no PCH" "$work/src/stdcpp.cpp" "//" GRIND_HOME="$nopch"
t0=$(now)
"$grind" test "$problem" "$work/src/stdcpp.cpp" --all >/dev/null 2>&1
printf "%-34s %8d ms\n" "  (first use: builds the PCH)" $(( ($(now) - t0) / 1000000 ))
latency "C++ <bits/stdc++.h>, PCH" "$work/src/stdcpp.cpp" "//"
latency "Rust (rustc -O)" "$solutions/rust/AC.rs" "//"
latency "Go" "$solutions/go/AC.go" "//"
latency "Java" "$solutions/java/AC.java" "//"
latency "Python" "$solutions/python/AC.py" "#"
latency "JavaScript (node)" "$solutions/js/AC.js" "//"
