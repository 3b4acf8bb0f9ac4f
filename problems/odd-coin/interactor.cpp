// Interactor for odd-coin, testlib protocol: interactor INPUT OUTPUT ANSWER.
// INPUT holds "n c": n coins, coin c is the light one. The judge sends n, then answers
// each weighing "? k a1..ak b1..bk" with "<" (left pan lighter), ">" (right pan lighter)
// or "=" (balanced); the solution ends with "! c". The coin is fixed before the exchange.
// Exit 0 accepted, 1 wrong answer, 2 presentation error, 3 the test itself is broken.
#include <cctype>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using namespace std;

static const long long MAXN = 100000;

static int finish(int code, const string &why) {
    fprintf(stderr, "%s\n", why.c_str());
    return code;
}

// The smallest q with 3^q >= n: q weighings, each with three outcomes, tell 3^q coins apart.
static long long budget_for(long long n) {
    long long q = 0, p = 1;
    while (p < n) p *= 3, q++;
    return q;
}

// Splits a line into blank-separated words.
static vector<string> words(const string &line) {
    vector<string> out;
    size_t p = 0, m = line.size();
    while (p < m) {
        while (p < m && isspace((unsigned char)line[p])) p++;
        size_t start = p;
        while (p < m && !isspace((unsigned char)line[p])) p++;
        if (p > start) out.push_back(line.substr(start, p - start));
    }
    return out;
}

// A plain decimal integer (optional minus sign); capped in length so it cannot overflow.
static bool integer(const string &w, long long &v) {
    size_t p = 0;
    bool neg = !w.empty() && w[0] == '-';
    if (neg) p++;
    if (p == w.size() || w.size() - p > 15) return false;
    v = 0;
    for (; p < w.size(); p++) {
        if (!isdigit((unsigned char)w[p])) return false;
        v = v * 10 + (w[p] - '0');
    }
    if (neg) v = -v;
    return true;
}

static string shown(const string &line) {
    string s = line.size() > 40 ? line.substr(0, 40) + "..." : line;
    return "`" + s + "`";
}

static bool load(const char *path, long long &n, long long &c, string &why) {
    FILE *f = fopen(path, "r");
    if (!f) { why = "cannot open the test input"; return false; }
    string data;
    char buf[4096];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, got);
    fclose(f);
    vector<string> w = words(data);
    if (w.size() != 2 || !integer(w[0], n) || !integer(w[1], c)) {
        why = "bad test: expected two integers `n c`";
        return false;
    }
    if (n < 2 || n > MAXN) { why = "bad test: n must be in 2..100000"; return false; }
    if (c < 1 || c > n) { why = "bad test: the light coin must be in 1..n"; return false; }
    return true;
}

int main(int argc, char **argv) {
#ifdef SIGPIPE
    // A solution that exits without reading its reply must give WA, not kill the judge.
    signal(SIGPIPE, SIG_IGN);
#endif
    if (argc < 2) return finish(3, "usage: interactor INPUT [OUTPUT [ANSWER]]");
    long long n, c;
    string why;
    if (!load(argv[1], n, c, why)) return finish(3, why);
    const long long budget = budget_for(n);
    printf("%lld\n", n);
    fflush(stdout);

    // side[i] == stamp: coin i was already placed in the current weighing (a repeat).
    vector<long long> side(n + 1, 0);
    long long weighed = 0;
    const string shape = "expected `? k a1 .. ak b1 .. bk` or `! c`, got ";
    string line;
    while (getline(cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        vector<string> w = words(line);
        if (w.empty()) continue;  // blank lines are harmless
        if (w[0] == "!") {
            long long x;
            if (w.size() != 2 || !integer(w[1], x)) return finish(2, shape + shown(line));
            if (x < 1 || x > n)
                return finish(1, "answer `! " + to_string(x) + "` is out of range: coins are 1.." + to_string(n));
            if (x != c)
                return finish(1, "answered " + to_string(x) + ", but the light coin is " + to_string(c) +
                                     " (after " + to_string(weighed) + " weighings)");
            if (argc >= 3) {
                FILE *out = fopen(argv[2], "w");
                if (out) {
                    fprintf(out, "coin %lld after %lld of %lld weighings\n", c, weighed, budget);
                    fclose(out);
                }
            }
            return 0;
        }
        if (w[0] != "?" || w.size() < 2) return finish(2, shape + shown(line));
        vector<long long> v(w.size() - 1);
        for (size_t i = 1; i < w.size(); i++)
            if (!integer(w[i], v[i - 1])) return finish(2, shape + shown(line) + " (`" + w[i].substr(0, 20) + "` is not an integer of at most 15 digits)");
        long long id = ++weighed;
        string at = "weighing " + to_string(id);
        if (id > budget)
            return finish(1, at + " exceeds the budget of " + to_string(budget) + " weighings for n = " + to_string(n));
        long long k = v[0];
        if (k < 1 || 2 * k > n)
            return finish(1, at + ": k = " + to_string(k) + " is out of range: 1 <= k <= n/2 = " + to_string(n / 2));
        long long listed = (long long)v.size() - 1;
        if (listed != 2 * k)
            return finish(1, at + ": k = " + to_string(k) + " needs " + to_string(2 * k) + " coins (k per pan), but " +
                                 to_string(listed) + " are listed");
        int reply = 0;  // -1: c on the left pan, +1: on the right, 0: off the scale
        for (long long i = 1; i <= 2 * k; i++) {
            long long x = v[i];
            if (x < 1 || x > n)
                return finish(1, at + ": coin " + to_string(x) + " is out of range: coins are 1.." + to_string(n));
            if (side[x] == id)
                return finish(1, at + ": coin " + to_string(x) + " is placed twice (all 2k coins must be distinct)");
            side[x] = id;
            if (x == c) reply = i <= k ? -1 : 1;
        }
        // The light coin makes its pan the lighter one.
        printf("%s\n", reply < 0 ? "<" : reply > 0 ? ">" : "=");
        fflush(stdout);
    }
    return finish(1, "the solution stopped without answering `! c` (after " + to_string(weighed) +
                         (weighed == 1 ? " weighing)" : " weighings)"));
}
