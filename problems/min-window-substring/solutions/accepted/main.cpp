// Two pointers: for every right end r, move the left end l as far as the
// window still covers t. "missing" counts required characters not covered.
#include <bits/stdc++.h>
using namespace std;

static char sbuf[200005], tbuf[200005];

int main() {
    if (scanf("%200004s %200004s", sbuf, tbuf) != 2) return 0;
    int n = strlen(sbuf), m = strlen(tbuf);
    array<int, 128> need{};
    for (int i = 0; i < m; i++) need[(unsigned char)tbuf[i]]++;
    int missing = m, best = 0;
    // need[c] > 0: still required; need[c] < 0: surplus inside the window
    for (int l = 0, r = 0; r < n; r++) {
        if (need[(unsigned char)sbuf[r]]-- > 0) missing--;
        if (missing > 0) continue;
        while (need[(unsigned char)sbuf[l]] < 0) need[(unsigned char)sbuf[l++]]++;
        if (best == 0 || r - l + 1 < best) best = r - l + 1;
    }
    printf("%d\n", best);
    return 0;
}
