// Mistake: keeps the window sum in a 32-bit int. Three values of 10^9 already
// overflow.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int cur = 0;
    for (int i = 0; i < k; i++) cur += a[i];
    int best = cur;
    for (int i = k; i < n; i++) {
        cur += a[i] - a[i - k];
        best = max(best, cur);
    }
    printf("%d\n", best);
    return 0;
}
