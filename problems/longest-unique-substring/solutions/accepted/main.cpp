// Sliding window with a "last seen" table indexed by character code. O(n).
#include <algorithm>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s;
    std::cin >> s;
    int last[256];
    std::fill(last, last + 256, -1);
    int left = 0, best = 0;
    for (int r = 0; r < (int)s.size(); r++) {
        unsigned char c = s[r];
        if (last[c] >= left) left = last[c] + 1;
        last[c] = r;
        best = std::max(best, r - left + 1);
    }
    std::cout << best << "\n";
}
