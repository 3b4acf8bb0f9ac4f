// Classic LCS DP with two rolling rows: O(|a|·|b|) time, O(|b|) memory.
#include <bits/stdc++.h>
using namespace std;

int main() {
    static char abuf[5005], bbuf[5005];
    if (scanf("%5004s %5004s", abuf, bbuf) != 2) return 0;
    int n = strlen(abuf), m = strlen(bbuf);
    vector<int> prev(m + 1, 0), cur(m + 1, 0);
    for (int i = 1; i <= n; i++) {
        char c = abuf[i - 1];
        cur[0] = 0;
        for (int j = 1; j <= m; j++) {
            if (c == bbuf[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = max(prev[j], cur[j - 1]);
        }
        swap(prev, cur);
    }
    printf("%d\n", prev[m]);
    return 0;
}
