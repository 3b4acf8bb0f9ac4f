// Interactor for guess-the-number (testlib protocol: interactor INPUT OUTPUT ANSWER).
// INPUT holds "n x": the range and the hidden number. The solution reads n, asks
// "? y" (we answer "<", ">" or "=") and finishes with "! y". The budget is the
// number of binary digits of n, the worst case of a plain binary search.
// Exit codes: 0 accepted, 1 wrong answer, 2 presentation error, 3 bad input file.
#include <cctype>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static int finish(int code, const std::string &message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    return code;
}

// A line of the solution as it may be quoted in a message: short, printable.
static std::string quote(const std::string &s) {
    std::string out;
    for (unsigned char c : s) {
        if (out.size() >= 40) {
            out += "...";
            break;
        }
        out += std::isprint(c) ? static_cast<char>(c) : '?';
    }
    return "`" + out + "`";
}

// Parses an optional '-' and digits. Values too long for 18 digits are reported
// as `huge`: they are out of range whatever they are.
static bool parse_int(const std::string &s, long long &value, bool &huge) {
    size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    if (i == s.size()) return false;
    value = 0;
    huge = false;
    for (size_t j = i; j < s.size(); j++) {
        if (!std::isdigit(static_cast<unsigned char>(s[j]))) return false;
        if (j - i >= 18) huge = true;
        if (!huge) value = value * 10 + (s[j] - '0');
    }
    if (i == 1) value = -value;
    return true;
}

static std::string queries(int k) {
    return std::to_string(k) + (k == 1 ? " query" : " queries");
}

int main(int argc, char **argv) {
    // A solution that exits early closes our stdout: a failed write must not kill
    // us (that would be a judge error); the next read sees EOF and we reject.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 2) return finish(3, "usage: interactor INPUT OUTPUT ANSWER");
    FILE *in = std::fopen(argv[1], "r");
    long long n = 0, x = 0;
    if (!in || std::fscanf(in, "%lld %lld", &n, &x) != 2)
        return finish(3, "bad input file: expected `n x`");
    std::fclose(in);
    if (n < 1 || n > 1000000000LL || x < 1 || x > n)
        return finish(3, "bad input file: need 1 <= x <= n <= 10^9");

    int budget = 0;
    for (long long v = n; v > 0; v >>= 1) budget++;  // ceil(log2(n + 1))

    std::cout << n << std::endl;  // endl flushes
    int asked = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::istringstream words(line);
        std::vector<std::string> tokens;
        for (std::string w; words >> w;) tokens.push_back(w);
        if (tokens.empty()) continue;  // a stray blank line is harmless
        long long y = 0;
        bool huge = false;
        if (tokens.size() != 2 || (tokens[0] != "?" && tokens[0] != "!") ||
            !parse_int(tokens[1], y, huge))
            return finish(2, "expected `? y` or `! y`, got " + quote(line));
        bool out_of_range = huge || y < 1 || y > n;
        if (tokens[0] == "!") {
            if (out_of_range || y != x)
                return finish(1, "answered " + tokens[1] + ", the hidden number is " +
                                     std::to_string(x) + " (after " + queries(asked) + ")");
            std::string verdict = "found " + std::to_string(x) + " with " + std::to_string(asked) +
                                  " of " + std::to_string(budget) + " queries";
            if (argc >= 3) {
                if (FILE *out = std::fopen(argv[2], "w")) {
                    std::fprintf(out, "%s\n", verdict.c_str());
                    std::fclose(out);
                }
            }
            return finish(0, verdict);
        }
        asked++;
        if (asked > budget)
            return finish(1, "query " + std::to_string(asked) + " exceeds the budget of " +
                                 std::to_string(budget) + " for n = " + std::to_string(n));
        if (out_of_range)
            return finish(1, "query " + std::to_string(asked) + " asks " + tokens[1] +
                                 ", outside the range 1.." + std::to_string(n));
        std::cout << (x < y ? "<" : x > y ? ">" : "=") << std::endl;
    }
    return finish(1, "the solution closed its output after " + queries(asked) +
                         " without answering `! x`");
}
