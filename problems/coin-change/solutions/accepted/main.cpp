// Unbounded-knapsack DP: best[x] = 1 + min(best[x - c]). O(n * amount).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    vector<int> coins;
    for (int i = 0; i < n; i++) {
        long long c;
        scanf("%lld", &c);
        if (c <= amount) coins.push_back((int)c);
    }
    sort(coins.begin(), coins.end());
    coins.erase(unique(coins.begin(), coins.end()), coins.end());
    const int INF = INT_MAX / 2;  // INF + 1 cannot overflow
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    // coin-major order: for each coin, a forward pass allows unlimited reuse
    for (int c : coins)
        for (int x = c; x <= amount; x++)
            best[x] = min(best[x], best[x - c] + 1);
    printf("%d\n", best[amount] >= INF ? -1 : best[amount]);
    return 0;
}
