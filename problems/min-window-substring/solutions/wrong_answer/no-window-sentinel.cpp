// Mistake: starts the answer at a sentinel |s| + 1 and prints it even when no
// window was found, instead of 0.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    cin >> s >> t;
    int n = s.size();
    array<int, 128> need{};
    for (char c : t) need[(unsigned char)c]++;
    int missing = t.size(), best = n + 1;
    for (int l = 0, r = 0; r < n; r++) {
        if (need[(unsigned char)s[r]]-- > 0) missing--;
        if (missing > 0) continue;
        while (need[(unsigned char)s[l]] < 0) need[(unsigned char)s[l++]]++;
        best = min(best, r - l + 1);
    }
    printf("%d\n", best);
    return 0;
}
