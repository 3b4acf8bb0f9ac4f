// Correct but slow: recomputes the maximum of every window from scratch.
// O((n - k + 1) * k), about 10^10 steps when k = n / 2.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    for (int i = 0; i + k <= n; i++) {
        int best = a[i];
        for (int j = i + 1; j < i + k; j++)
            if (a[j] > best) best = a[j];
        printf(i ? " %d" : "%d", best);
    }
    printf("\n");
    return 0;
}
