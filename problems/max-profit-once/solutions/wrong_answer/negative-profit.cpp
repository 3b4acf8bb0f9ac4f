// Mistake: starts the best profit from the first pair of days instead of 0,
// so a falling market yields a negative answer (and n = 1 prints garbage).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> p(n);
    for (auto &x : p) scanf("%lld", &x);
    long long lowest = p[0], best = n > 1 ? p[1] - p[0] : LLONG_MIN;
    for (int i = 1; i < n; i++) {
        best = max(best, p[i] - lowest);
        lowest = min(lowest, p[i]);
    }
    printf("%lld\n", best);
    return 0;
}
