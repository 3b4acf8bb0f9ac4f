// TOO SLOW: best[x] = min over all splits x = y + (x - y) of best[y] + best[x - y].
// Correct, but O(amount^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    scanf("%d %d", &n, &amount);
    const int INF = INT_MAX / 2;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (int i = 0; i < n; i++) {
        long long c;
        scanf("%lld", &c);
        if (c <= amount) best[c] = 1;
    }
    for (int x = 1; x <= amount; x++) {
        int b = best[x];
        for (int y = 1; y < x; y++) b = min(b, best[y] + best[x - y]);
        best[x] = b;
    }
    printf("%d\n", best[amount] >= INF ? -1 : best[amount]);
    return 0;
}
