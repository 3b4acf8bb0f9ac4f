// Correct but slow: scans the whole array for every query. O(n * q).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int q;
    scanf("%d", &q);
    while (q--) {
        int x;
        scanf("%d", &x);
        int ans = -1;
        for (int i = 0; i < n; i++) {
            if (a[i] == x) { ans = i; break; }
        }
        printf("%d\n", ans);
    }
    return 0;
}
