// Correct but slow: for every node, walks parent pointers up to the root.
// O(n * height), i.e. O(n^2) on a long chain.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n);
    for (auto &x : p) scanf("%d", &x);
    int best = 0;
    for (int i = 0; i < n; i++) {
        int d = 0;
        for (int v = i; p[v] >= 0; v = p[v]) d++;
        best = max(best, d);
    }
    printf("%d\n", best);
    return 0;
}
