// Mistake: assumes every parent has a smaller id than its child and fills
// depth[i] = depth[p[i]] + 1 in index order. Breaks when a parent comes later.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n), depth(n, 0);
    for (auto &x : p) scanf("%d", &x);
    int best = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] >= 0) depth[i] = depth[p[i]] + 1;
        best = max(best, depth[i]);
    }
    printf("%d\n", best);
    return 0;
}
