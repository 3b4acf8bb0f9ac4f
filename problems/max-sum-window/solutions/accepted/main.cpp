// Sliding window: add the entering value, subtract the leaving one.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long cur = 0;
    for (int i = 0; i < k; i++) cur += a[i];
    long long best = cur;  // the first window, not 0: all windows may be negative
    for (int i = k; i < n; i++) {
        cur += a[i] - a[i - k];
        best = max(best, cur);
    }
    printf("%lld\n", best);
    return 0;
}
