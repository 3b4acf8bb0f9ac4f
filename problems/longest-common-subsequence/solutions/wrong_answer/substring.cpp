// Mistake: confuses subsequence with substring. On a mismatch it resets the
// cell to 0, which computes the longest common *contiguous* block.
#include <bits/stdc++.h>
using namespace std;

int main() {
    static char a[5005], b[5005];
    scanf("%5004s %5004s", a, b);
    int n = strlen(a), m = strlen(b), best = 0;
    vector<int> prev(m + 1, 0), cur(m + 1, 0);
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            cur[j] = (a[i - 1] == b[j - 1]) ? prev[j - 1] + 1 : 0;
            best = max(best, cur[j]);
        }
        swap(prev, cur);
    }
    printf("%d\n", best);
    return 0;
}
