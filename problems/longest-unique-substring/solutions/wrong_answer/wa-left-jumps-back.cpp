// Mistake: on every repeat sets left = last[c] + 1 without taking the maximum
// with the current left, so the window can grow backwards over a repeat that
// was already excluded (e.g. "abba" gives 3 instead of 2).
#include <algorithm>
#include <iostream>
#include <string>

int main() {
    std::string s;
    std::cin >> s;
    int last[256];
    std::fill(last, last + 256, -1);
    int left = 0, best = 0;
    for (int r = 0; r < (int)s.size(); r++) {
        unsigned char c = s[r];
        if (last[c] != -1) left = last[c] + 1;
        last[c] = r;
        best = std::max(best, r - left + 1);
    }
    std::cout << best << "\n";
}
