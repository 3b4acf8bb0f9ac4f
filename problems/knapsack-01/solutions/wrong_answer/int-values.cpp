// Mistake: correct DP, but values are summed in 32-bit int and overflow once
// the total exceeds 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, W;
    scanf("%d %d", &n, &W);
    vector<int> best(W + 1, 0);
    for (int i = 0; i < n; i++) {
        int w, v;
        scanf("%d %d", &w, &v);
        for (int c = W; c >= w; c--)
            best[c] = max(best[c], best[c - w] + v);
    }
    printf("%d\n", best[W]);
    return 0;
}
