// Interactor for rank-by-comparisons, testlib protocol: interactor INPUT OUTPUT ANSWER.
// INPUT: n, then n distinct weights w[1..n]. The solution gets n, asks "? i j" and
// reads "<" (w[i] < w[j]) or ">"; it ends with "! p1 ... pn", lightest first.
// Budget: sum over k = 1..n of ceil(log2 k), the worst case of binary insertion sort.
// Exit 0 accepted, 1 wrong answer, 3 bad test file. The weights are fixed (not adaptive).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

static int reject(const std::string &why) {
    fprintf(stderr, "%s\n", why.c_str());
    return 1;
}

static int bad_test(const std::string &why) {
    fprintf(stderr, "bad test file: %s\n", why.c_str());
    return 3;
}

// ceil(log2 k) for k >= 1, by doubling: no floating point, so no rounding surprises.
static long ceil_log2(long k) {
    long c = 0;
    while ((1L << c) < k) c++;
    return c;
}

static long budget_for(long n) {
    long total = 0;
    for (long k = 1; k <= n; k++) total += ceil_log2(k);
    return total;
}

// One whitespace-separated token of the solution's output; false at end of output.
// Long tokens are cut (and marked) so that a runaway line cannot eat memory.
static bool next_token(std::string &tok) {
    tok.clear();
    int c;
    do {
        c = getchar();
    } while (c != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'));
    if (c == EOF) return false;
    while (c != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        if (tok.size() < 24) tok.push_back((char)c);
        else if (tok.size() == 24) tok += "...";
        c = getchar();
    }
    return true;
}

// The index a token names, or 0 when it is not a number in 1..n.
static long as_index(const std::string &tok, long n) {
    if (tok.empty() || tok.size() > 9) return 0;
    for (char ch : tok)
        if (ch < '0' || ch > '9') return 0;
    long v = atol(tok.c_str());
    return (v >= 1 && v <= n) ? v : 0;
}

int main(int argc, char **argv) {
    // A solution that exits early must cost it WA (read EOF), not kill us with SIGPIPE.
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) return bad_test("usage: interactor INPUT OUTPUT ANSWER");
    FILE *in = fopen(argv[1], "r");
    if (!in) return bad_test("cannot open the input file");
    long n;
    if (fscanf(in, "%ld", &n) != 1 || n < 1 || n > 1000) return bad_test("n must be in 1..1000");
    std::vector<long> w(n + 1);
    std::set<long> seen;
    for (long i = 1; i <= n; i++) {
        if (fscanf(in, "%ld", &w[i]) != 1) return bad_test("fewer than n weights");
        if (w[i] < 1 || w[i] > 1000000000L) return bad_test("a weight is outside 1..10^9");
        if (!seen.insert(w[i]).second) return bad_test("two weights are equal");
    }
    fclose(in);

    const long budget = budget_for(n);
    printf("%ld\n", n);
    fflush(stdout);

    long asked = 0;
    std::string tok;
    for (;;) {
        if (!next_token(tok))
            return reject("the solution's output ended after " + std::to_string(asked) +
                          " queries without an answer `! p1 ... pn`");
        if (tok == "?") {
            long q = asked + 1;
            std::string qs = "query " + std::to_string(q);
            long idx[2];
            for (int t = 0; t < 2; t++) {
                if (!next_token(tok))
                    return reject(qs + ": the output ended before both indices of `? i j`");
                idx[t] = as_index(tok, n);
                if (!idx[t])
                    return reject(qs + ": `" + tok + "` is not an index from 1 to " +
                                  std::to_string(n));
            }
            if (idx[0] == idx[1])
                return reject(qs + ": `? " + std::to_string(idx[0]) + " " +
                              std::to_string(idx[1]) + "` compares a stone with itself (i must differ from j)");
            if (q > budget)
                return reject(qs + " exceeds the budget of " + std::to_string(budget) +
                              " comparisons for n = " + std::to_string(n));
            asked = q;
            printf("%s\n", w[idx[0]] < w[idx[1]] ? "<" : ">");
            fflush(stdout);
        } else if (tok == "!") {
            std::vector<long> p(n);
            std::vector<bool> used(n + 1, false);
            for (long k = 0; k < n; k++) {
                if (!next_token(tok))
                    return reject("the answer lists only " + std::to_string(k) + " of the " +
                                  std::to_string(n) + " indices");
                p[k] = as_index(tok, n);
                if (!p[k])
                    return reject("answer position " + std::to_string(k + 1) + ": `" + tok +
                                  "` is not an index from 1 to " + std::to_string(n));
                if (used[p[k]])
                    return reject("the answer lists index " + std::to_string(p[k]) + " twice");
                used[p[k]] = true;
            }
            for (long k = 0; k + 1 < n; k++)
                if (w[p[k]] > w[p[k + 1]])
                    return reject("wrong order: stone " + std::to_string(p[k]) + " (position " +
                                  std::to_string(k + 1) + ") is heavier than stone " +
                                  std::to_string(p[k + 1]) + " (position " +
                                  std::to_string(k + 2) + ")");
            if (argc >= 3) {
                FILE *out = fopen(argv[2], "w");
                if (out) {
                    fprintf(out, "%ld of %ld comparisons\n", asked, budget);
                    fclose(out);
                }
            }
            return 0;
        } else {
            return reject("expected `? i j` or `! p1 ... pn`, got `" + tok + "`");
        }
    }
}
