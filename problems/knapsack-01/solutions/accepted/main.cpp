// 1-D knapsack DP: best[c] = max value within capacity c. Capacities are
// updated downwards so every item is used at most once. O(n * W).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, W;
    if (scanf("%d %d", &n, &W) != 2) return 0;
    vector<long long> best(W + 1, 0);
    for (int i = 0; i < n; i++) {
        int w;
        long long v;
        scanf("%d %lld", &w, &v);
        for (int c = W; c >= w; c--)
            best[c] = max(best[c], best[c - w] + v);
    }
    printf("%lld\n", best[W]);
    return 0;
}
