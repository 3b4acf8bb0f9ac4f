// Custom checker for "two-sum" (testlib protocol, self-contained).
// Usage: checker INPUT_FILE OUTPUT_FILE ANSWER_FILE
// Exit codes: 0 = accepted, 1 = wrong answer, 2 = presentation error, 3 = checker failure.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace std;

enum Verdict { OK = 0, WA = 1, PE = 2, FAIL = 3 };

[[noreturn]] static void quit(Verdict v, const string &msg) {
    const char *tag = v == OK ? "ok" : v == WA ? "wrong answer" : v == PE ? "presentation error" : "FAIL";
    fprintf(stderr, "%s: %s\n", tag, msg.c_str());
    exit(v);
}

static bool readAll(const char *path, string &out) {
    ifstream f(path, ios::binary);
    if (!f) return false;
    stringstream ss;
    ss << f.rdbuf();
    out = ss.str();
    return true;
}

static vector<string> tokenize(const string &s) {
    vector<string> tokens;
    size_t i = 0, n = s.size();
    while (i < n) {
        while (i < n && isspace((unsigned char)s[i])) i++;
        if (i >= n) break;
        size_t j = i;
        while (j < n && !isspace((unsigned char)s[j])) j++;
        tokens.push_back(s.substr(i, j - i));
        i = j;
    }
    return tokens;
}

// Strict integer parsing: optional '-', then 1..18 digits, no leading '+', no
// leading zeros (except "0" itself). Anything else is rejected without overflow.
static bool parseInt(const string &t, long long &v) {
    size_t p = 0;
    bool neg = false;
    if (p < t.size() && t[p] == '-') { neg = true; p++; }
    size_t digits = t.size() - p;
    if (digits == 0 || digits > 18) return false;
    if (digits > 1 && t[p] == '0') return false;
    if (neg && digits == 1 && t[p] == '0') return false;  // "-0"
    long long x = 0;
    for (; p < t.size(); p++) {
        if (t[p] < '0' || t[p] > '9') return false;
        x = x * 10 + (t[p] - '0');
    }
    v = neg ? -x : x;
    return true;
}

struct Input {
    long long n = 0, target = 0;
    vector<long long> a;
};

// Returns an empty string when the pair is valid, otherwise the reason.
static string checkPair(const Input &in, long long i, long long j) {
    if (i < 0 || i >= in.n) return "index i = " + to_string(i) + " is out of range [0, " + to_string(in.n - 1) + "]";
    if (j < 0 || j >= in.n) return "index j = " + to_string(j) + " is out of range [0, " + to_string(in.n - 1) + "]";
    if (i == j) return "both indices are " + to_string(i) + "; the two positions must differ";
    if (i > j) return "indices " + to_string(i) + " " + to_string(j) + " are not in increasing order";
    long long sum = in.a[i] + in.a[j];  // |a| <= 1e9, so the 64-bit sum cannot overflow
    if (sum != in.target)
        return "a[" + to_string(i) + "] + a[" + to_string(j) + "] = " + to_string(in.a[i]) + " + " +
               to_string(in.a[j]) + " = " + to_string(sum) + ", expected " + to_string(in.target);
    return "";
}

// Reads a pair from a file; on a format problem exits with `formatVerdict`.
static void readPair(const char *path, Verdict formatVerdict, const char *who, long long &i, long long &j) {
    string text;
    if (!readAll(path, text)) quit(FAIL, string("cannot open ") + who + " file");
    vector<string> tok = tokenize(text);
    if (tok.size() < 2) quit(formatVerdict, string(who) + ": expected two integers, found " + to_string(tok.size()) + " token(s)");
    if (tok.size() > 2) quit(formatVerdict, string(who) + ": extra output after the two indices");
    if (!parseInt(tok[0], i)) quit(formatVerdict, string(who) + ": '" + tok[0].substr(0, 40) + "' is not a valid integer");
    if (!parseInt(tok[1], j)) quit(formatVerdict, string(who) + ": '" + tok[1].substr(0, 40) + "' is not a valid integer");
}

int main(int argc, char **argv) {
    if (argc < 4) quit(FAIL, "usage: checker INPUT OUTPUT ANSWER");

    Input in;
    {
        string text;
        if (!readAll(argv[1], text)) quit(FAIL, "cannot open input file");
        vector<string> tok = tokenize(text);
        if (tok.size() < 2 || !parseInt(tok[0], in.n) || !parseInt(tok[1], in.target))
            quit(FAIL, "malformed input header");
        if (in.n < 2 || (long long)tok.size() != in.n + 2) quit(FAIL, "malformed input: wrong number of values");
        in.a.resize(in.n);
        for (long long k = 0; k < in.n; k++)
            if (!parseInt(tok[k + 2], in.a[k])) quit(FAIL, "malformed input value");
    }

    long long ji, jj;
    readPair(argv[3], FAIL, "answer", ji, jj);
    string jury = checkPair(in, ji, jj);
    if (!jury.empty()) quit(FAIL, "jury answer is invalid: " + jury);

    long long ci, cj;
    readPair(argv[2], PE, "output", ci, cj);
    string verdict = checkPair(in, ci, cj);
    if (!verdict.empty()) quit(WA, verdict);

    quit(OK, "a[" + to_string(ci) + "] + a[" + to_string(cj) + "] = " + to_string(in.target));
}
