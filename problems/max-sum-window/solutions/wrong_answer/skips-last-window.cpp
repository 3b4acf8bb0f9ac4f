// Mistake: off-by-one in the loop bound, the last window (ending at n-1) is
// never considered.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long best = LLONG_MIN;
    long long cur = 0;
    for (int i = 0; i < k; i++) cur += a[i];
    for (int i = 0; i + k < n; i++) {  // should be i + k <= n
        best = max(best, cur);
        cur += a[i + k] - a[i];
    }
    if (n == k) best = cur;
    printf("%lld\n", best);
    return 0;
}
