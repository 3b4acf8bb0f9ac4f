// TOO SLOW: plain recursion over "which coin is paid next", no memoisation.
// Exponential in the number of coins used.
#include <bits/stdc++.h>
using namespace std;

vector<long long> coins;

int go(long long left) {
    if (left == 0) return 0;
    int best = INT_MAX;
    for (long long c : coins) {
        if (c <= left) {
            int sub = go(left - c);
            if (sub != INT_MAX) best = min(best, sub + 1);
        }
    }
    return best;
}

int main() {
    int n;
    long long amount;
    scanf("%d %lld", &n, &amount);
    coins.resize(n);
    for (auto &c : coins) scanf("%lld", &c);
    sort(coins.rbegin(), coins.rend());
    int ans = go(amount);
    printf("%d\n", ans == INT_MAX ? -1 : ans);
    return 0;
}
