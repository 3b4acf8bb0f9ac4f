// ways[i] = sum of ways[i - s] over allowed strides s <= i, ways[0] = 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> s(k);
    for (auto &x : s) scanf("%d", &x);
    vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++) {
        long long v = 0;
        for (int x : s)
            if (x <= i) v += ways[i - x];  // at most 3 terms < MOD: fits in 64 bits
        ways[i] = v % MOD;
    }
    printf("%lld\n", ways[n]);
    return 0;
}
