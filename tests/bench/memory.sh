#!/usr/bin/env bash
# grind's own peak memory per built-in checker, judging a 200 MB answer against an
# output that differs in its very last byte (the worst case: everything is read).
# The peak is the largest resident size among grind and what it waited for (its spawn
# helper and the solution, both far smaller). Usage: tests/bench/memory.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/tests/bench/lib.sh"
export GRIND_CACHE="$work/cache"

problem="$work/big"
mkdir -p "$problem/tests"
echo go >"$problem/tests/big.in"
line='0123456789 abcdefghij ABCDEFGHIJ 0.5 x'
lines=$((200000000 / (${#line} + 1)))
python3 -c "
import sys
line = b'$line\n'
with open('$problem/tests/big.ans', 'wb') as f:
    for _ in range($lines // 1000):
        f.write(line * 1000)
"
cat >"$work/big.c" <<C
#include <stdio.h>
#include <string.h>
int main(void) {
  static char buf[40 * 4096];
  const char *line = "$line\n";
  size_t n = strlen(line), per = sizeof buf / n;
  for (size_t i = 0; i < per; i++) memcpy(buf + i * n, line, n);
  for (long left = $lines; left > 0; left -= per) {
    size_t k = left < (long)per ? (size_t)left : per;
    if (left <= (long)per) buf[k * n - 2] = 'y';
    fwrite(buf, 1, k * n, stdout);
  }
  return 0;
}
C
printf '%-22s %8s %8s  %s\n' checker "peak MiB" "wall s" verdict
for checker in tokens exact lines case-insensitive float unordered '{unordered: tokens}'; do
    printf 'title: Big\ndifficulty: easy\nchecker: %s\nlimits: {time: 60s}\ntests: [{dir: tests}]\n' "$checker" >"$problem/problem.yaml"
    python3 - "$grind" "$problem" "$work/big.c" "$checker" <<'PY'
import json, resource, subprocess, sys, time
grind, problem, source, checker = sys.argv[1:]
t0 = time.monotonic()
run = subprocess.run([grind, "test", problem, source, "--all", "--json"], capture_output=True, text=True)
wall = time.monotonic() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
verdict = json.loads(run.stdout)["tests"][0]["verdict"]
print(f"{checker:<22} {peak:8.0f} {wall:8.1f}  {verdict}")
PY
done
