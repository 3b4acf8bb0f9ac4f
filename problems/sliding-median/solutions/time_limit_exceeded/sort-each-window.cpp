// Correct but slow: copies and sorts every window. O((n - k + 1) * k log k).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    vector<long long> w(k);
    for (int i = 0; i + k <= n; i++) {
        copy(a.begin() + i, a.begin() + i + k, w.begin());
        sort(w.begin(), w.end());
        printf(i ? " %lld" : "%lld", w[(k + 1) / 2 - 1]);
    }
    printf("\n");
    return 0;
}
