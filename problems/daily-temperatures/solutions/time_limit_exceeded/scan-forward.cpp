// Correct but slow: for every day scan forward until a strictly warmer day.
// O(n^2) when temperatures fall or stay flat.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> t(n);
    for (auto &x : t) scanf("%lld", &x);
    for (int i = 0; i < n; i++) {
        int d = 0;
        for (int j = i + 1; j < n; j++) {
            if (t[j] > t[i]) { d = j - i; break; }
        }
        printf(i ? " %d" : "%d", d);
    }
    printf("\n");
    return 0;
}
