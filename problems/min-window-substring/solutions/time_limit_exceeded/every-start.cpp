// Correct but slow: for every start position, extends the window to the right
// until it covers t. O(|s|^2) when windows are long or do not exist.
#include <bits/stdc++.h>
using namespace std;

int main() {
    static char sb[200005], tb[200005];
    scanf("%s %s", sb, tb);
    int n = strlen(sb), m = strlen(tb);
    array<int, 128> need{};
    for (int i = 0; i < m; i++) need[(unsigned char)tb[i]]++;
    int best = 0;
    for (int i = 0; i < n; i++) {
        array<int, 128> cnt = need;
        int missing = m;
        for (int j = i; j < n; j++) {
            if (cnt[(unsigned char)sb[j]]-- > 0) missing--;
            if (missing == 0) {
                if (best == 0 || j - i + 1 < best) best = j - i + 1;
                break;
            }
        }
    }
    printf("%d\n", best);
    return 0;
}
