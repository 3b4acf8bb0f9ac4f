// Interactor for probe-the-peak, testlib protocol: interactor INPUT OUTPUT ANSWER.
// INPUT holds n and the hidden array a[1..n] (pairwise distinct). The judge sends n,
// then answers each "? i" with a[i]; the solution ends with "! i". Any index that is a
// local peak is accepted, whatever was probed. Exit 0 accepted, 1 wrong answer,
// 2 presentation error, 3 the test itself is broken.
#include <algorithm>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

using namespace std;

static const long long MAXN = 1000000, MAXV = 1000000000;

static int finish(int code, const string &why) {
    fprintf(stderr, "%s\n", why.c_str());
    return code;
}

// The budget: two probes per halving step, plus two spare.
static long long budget_for(long long n) {
    long long k = 0;
    while ((1LL << k) < n) k++;
    return 2 * k + 2;
}

// Reads the whole test file; false (and a reason) if it is not a valid test.
static bool load(const char *path, vector<long long> &a, string &why) {
    FILE *f = fopen(path, "rb");
    if (!f) { why = "cannot open the test input"; return false; }
    string data;
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, got);
    fclose(f);
    size_t pos = 0;
    auto next = [&](long long &v) {
        while (pos < data.size() && isspace((unsigned char)data[pos])) pos++;
        if (pos == data.size()) return false;
        bool neg = data[pos] == '-';
        if (neg) pos++;
        size_t start = pos;
        v = 0;
        while (pos < data.size() && isdigit((unsigned char)data[pos]) && pos - start < 12)
            v = v * 10 + (data[pos++] - '0');
        if (pos == start || (pos < data.size() && !isspace((unsigned char)data[pos]))) return false;
        if (neg) v = -v;
        return true;
    };
    long long n;
    if (!next(n) || n < 1 || n > MAXN) { why = "bad test: n must be an integer in 1..1000000"; return false; }
    a.assign(n + 2, 0);
    for (long long i = 1; i <= n; i++) {
        if (!next(a[i]) || a[i] < -MAXV || a[i] > MAXV) {
            why = "bad test: value " + to_string(i) + " is missing or not an integer in [-10^9, 10^9]";
            return false;
        }
    }
    long long extra;
    if (next(extra) || pos < data.size()) { why = "bad test: text after the n values"; return false; }
    vector<long long> sorted(a.begin() + 1, a.begin() + n + 1);
    sort(sorted.begin(), sorted.end());
    if (adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
        why = "bad test: the values are not pairwise distinct";
        return false;
    }
    return true;
}

// Parses "<c> <integer>" (surrounding blanks allowed); false if the line has another shape.
static bool parse(const string &line, char &kind, long long &x) {
    size_t p = 0, m = line.size();
    while (p < m && isspace((unsigned char)line[p])) p++;
    if (p == m || (line[p] != '?' && line[p] != '!')) return false;
    kind = line[p++];
    if (p == m || !isspace((unsigned char)line[p])) return false;
    while (p < m && isspace((unsigned char)line[p])) p++;
    bool neg = p < m && line[p] == '-';
    if (neg) p++;
    size_t start = p;
    x = 0;
    while (p < m && isdigit((unsigned char)line[p]) && p - start < 15) x = x * 10 + (line[p++] - '0');
    if (p == start) return false;
    while (p < m && isspace((unsigned char)line[p])) p++;
    if (p != m) return false;
    if (neg) x = -x;
    return true;
}

static string shown(const string &line) {
    string s = line.size() > 40 ? line.substr(0, 40) + "..." : line;
    return "`" + s + "`";
}

int main(int argc, char **argv) {
#ifdef SIGPIPE
    // A solution that exits without reading its reply must give WA, not kill the judge.
    signal(SIGPIPE, SIG_IGN);
#endif
    if (argc < 2) return finish(3, "usage: interactor INPUT [OUTPUT [ANSWER]]");
    vector<long long> a;
    string why;
    if (!load(argv[1], a, why)) return finish(3, why);
    long long n = (long long)a.size() - 2;
    long long budget = budget_for(n);
    printf("%lld\n", n);
    fflush(stdout);

    long long asked = 0;
    string line;
    while (getline(cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == string::npos) continue;  // blank lines are harmless
        char kind;
        long long x;
        if (!parse(line, kind, x)) return finish(2, "expected `? i` or `! i`, got " + shown(line));
        if (x < 1 || x > n)
            return finish(1, string(kind == '?' ? "query" : "answer") + " `" + kind + " " + to_string(x) +
                                 "` is out of range: indices are 1.." + to_string(n));
        if (kind == '?') {
            if (++asked > budget)
                return finish(1, "query " + to_string(asked) + " exceeds the budget of " + to_string(budget) +
                                     " queries for n = " + to_string(n));
            printf("%lld\n", a[x]);
            fflush(stdout);
            continue;
        }
        // a[0] and a[n+1] are minus infinity: only real neighbours are compared.
        long long i = x;
        if (i > 1 && a[i - 1] > a[i])
            return finish(1, "answered " + to_string(i) + ", which is not a summit: a[" + to_string(i) +
                                 "] = " + to_string(a[i]) + " < a[" + to_string(i - 1) + "] = " + to_string(a[i - 1]));
        if (i < n && a[i + 1] > a[i])
            return finish(1, "answered " + to_string(i) + ", which is not a summit: a[" + to_string(i) +
                                 "] = " + to_string(a[i]) + " < a[" + to_string(i + 1) + "] = " + to_string(a[i + 1]));
        if (argc >= 3) {
            FILE *out = fopen(argv[2], "w");
            if (out) {
                fprintf(out, "peak %lld after %lld of %lld queries\n", i, asked, budget);
                fclose(out);
            }
        }
        return 0;
    }
    return finish(1, "the solution stopped without answering `! i` (after " + to_string(asked) + (asked == 1 ? " query)" : " queries)"));
}
