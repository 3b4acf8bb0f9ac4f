// WRONG: unreachable amounts hold INT_MAX, and INT_MAX + 1 overflows to a
// negative number that then wins every min().
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    scanf("%d %d", &n, &amount);
    vector<long long> coins(n);
    for (auto &c : coins) scanf("%lld", &c);
    vector<int> best(amount + 1, INT_MAX);
    best[0] = 0;
    for (int x = 1; x <= amount; x++)
        for (long long c : coins)
            if (c <= x) best[x] = min(best[x], (int)((unsigned)best[x - c] + 1u));
    printf("%d\n", best[amount] == INT_MAX ? -1 : best[amount]);
    return 0;
}
