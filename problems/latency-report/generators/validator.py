"""Input validator for latency-report.

Reads one test on stdin and checks it strictly: a first line "n" with
1 <= n <= 2*10^5, then exactly n lines "TIMESTAMP ENDPOINT LATENCY_MS":
TIMESTAMP is a real UTC time written YYYY-MM-DDTHH:MM:SSZ, ENDPOINT is 1 to 30
characters from letters, digits, '/', '_', '-', '.', and 0 <= LATENCY_MS <=
10^6. It also checks the promise that no endpoint's mean lies exactly halfway
between two numbers with three decimals. Exits 0 when valid, else prints what
is wrong on stderr and exits 1.
"""
import calendar
import re
import sys

INT = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")
FAST_INTS = re.compile(r"(?:0|-?[1-9][0-9]{0,17})(?: (?:0|-?[1-9][0-9]{0,17}))*")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    """The input's lines, after checking it is ASCII text ending with one newline."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII text")
    if not text:
        fail("the input is empty")
    if not text.endswith("\n"):
        fail("the last line does not end with a newline")
    if "\r" in text:
        fail("the input contains a carriage return (\\r)")
    return text[:-1].split("\n")


def line_count(lines, want):
    if len(lines) != want:
        fail(f"expected {want} line{'s' if want != 1 else ''}, found {len(lines)}")


def tokens(lines, i, count=None, what="tokens"):
    """The tokens of line i (0-based), separated by single spaces."""
    line = lines[i]
    if line == "":
        fail(f"line {i + 1} is empty")
    toks = line.split(" ")
    if "" in toks:
        fail(f"line {i + 1}: tokens must be separated by single spaces, without leading or trailing spaces")
    if "\t" in line:
        fail(f"line {i + 1} contains a tab")
    if count is not None and len(toks) != count:
        fail(f"line {i + 1}: expected {count} {what}, found {len(toks)}")
    return toks


def integer(tok, where, lo, hi, lo_s=None, hi_s=None):
    """tok as an int in [lo, hi]; `where` names it in the message."""
    if not INT.match(tok):
        if re.match(r"-?[0-9]+\Z", tok):
            fail(f"{where} = {tok[:30]} is not written canonically (leading zero or -0)")
        fail(f"{where} = {tok[:30]!r} is not an integer")
    if len(tok) > 25:
        fail(f"{where} = {tok[:20]}... is outside [{lo_s or lo}, {hi_s or hi}]")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{where} = {v} is outside [{lo_s or lo}, {hi_s or hi}]")
    return v


def fast_ints(line, count, lo, hi):
    """The integers of `line` when it is exactly `count` canonical integers in
    [lo, hi] separated by single spaces, else None (then look closer)."""
    if not FAST_INTS.fullmatch(line):
        return None
    vals = list(map(int, line.split(" ")))
    if len(vals) != count or min(vals) < lo or max(vals) > hi:
        return None
    return vals


def lines_match(lines, start, stop, line_re):
    """Whether every line of lines[start:stop] matches the regex `line_re`,
    checked in one pass (fast on 2*10^5 lines)."""
    if start >= stop:
        return True
    block = re.compile(rf"(?:(?:{line_re})\n)*(?:{line_re})")
    return block.fullmatch("\n".join(lines[start:stop])) is not None


STAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z\Z")
ENDPOINT = re.compile(r"[A-Za-z0-9/_.-]{1,30}\Z")


def stamp_error(ts):
    """Why ts is not a valid timestamp, or None."""
    m = STAMP.match(ts)
    if not m:
        return "is not of the form YYYY-MM-DDTHH:MM:SSZ"
    y, mo, d, h, mi, s = map(int, m.groups())
    if not 1 <= mo <= 12:
        return f"has month {mo:02d}"
    if not 1 <= d <= calendar.monthrange(y, mo)[1] or y == 0:
        return f"has no day {d:02d} in {y:04d}-{mo:02d}"
    if h > 23 or mi > 59 or s > 59:
        return "has a time of day outside 00:00:00..23:59:59"
    return None


def check_ties(groups):
    """groups: endpoint -> [count, sum]. The statement promises no mean is an
    exact rounding tie at three decimals."""
    for ep, (c, s) in groups.items():
        # mean * 1000 = 1000 s / c is a tie when it is an odd multiple of 1/2
        if (2000 * s) % c == 0 and (2000 * s // c) % 2 == 1:
            fail(f"the mean of {ep} ({s} / {c}) lies exactly halfway between two numbers with three decimals")


def check_line(lines, i):
    """Fails with a message if line i (0-based) is not a valid log line."""
    ts, ep, lat = tokens(lines, i, 3, "tokens (TIMESTAMP ENDPOINT LATENCY_MS)")
    why = stamp_error(ts)
    if why:
        fail(f"line {i + 1}: timestamp {ts[:40]!r} {why}")
    if not ENDPOINT.match(ep):
        fail(f"line {i + 1}: endpoint {ep[:40]!r} is not 1..30 characters from letters, digits, '/', '_', '-', '.'")
    integer(lat, f"line {i + 1}: LATENCY_MS", 0, 10 ** 6, hi_s="10^6")


def main():
    lines = read_lines()
    t = tokens(lines, 0, 1, "integer (n)")
    n = integer(t[0], "n", 1, 200000, hi_s="2*10^5")
    line_count(lines, n + 1)
    line_re = (r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z"
               r" [A-Za-z0-9/_.-]{1,30} (?:0|[1-9][0-9]{0,5}|1000000)")
    if not lines_match(lines, 1, n + 1, line_re):
        # find the first bad line and say what is wrong with it
        line_ok = re.compile(line_re).fullmatch
        for i in range(1, n + 1):
            if not line_ok(lines[i]):
                check_line(lines, i)
    # only the calendar dates are left to check: there are few distinct ones
    dates = {}
    for i in range(1, n + 1):
        dates.setdefault(lines[i][:10], i)
    for date, i in dates.items():
        why = stamp_error(date + "T00:00:00Z")
        if why:
            fail(f"line {i + 1}: timestamp {lines[i].split(' ')[0]!r} {why}")
    groups = {}
    for line in lines[1:]:
        _, ep, lat = line.split(" ")
        g = groups.get(ep)
        if g is None:
            groups[ep] = [1, int(lat)]
        else:
            g[0] += 1
            g[1] += int(lat)
    check_ties(groups)


main()
