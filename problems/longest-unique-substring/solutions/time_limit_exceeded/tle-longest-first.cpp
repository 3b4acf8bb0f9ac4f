// Naive: try lengths from |s| downwards and test every window of that length
// with a fresh "seen" table. Correct, but O(n^2) windows when the answer is
// small compared with n.
#include <cstring>
#include <iostream>
#include <string>

static bool distinctWindow(const std::string &s, int from, int len) {
    bool seen[256];
    std::memset(seen, 0, sizeof seen);
    for (int k = from; k < from + len; k++) {
        unsigned char c = s[k];
        if (seen[c]) return false;
        seen[c] = true;
    }
    return true;
}

int main() {
    std::string s;
    std::cin >> s;
    int n = s.size();
    for (int len = n; len >= 1; len--)
        for (int from = 0; from + len <= n; from++)
            if (distinctWindow(s, from, len)) {
                std::cout << len << "\n";
                return 0;
            }
}
