// WRONG: after the main loop only the rest of `a` is copied; when `a` runs out
// first, the remaining elements of `b` are silently dropped.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> a(n), b(m);
    for (auto &x : a) scanf("%d", &x);
    for (auto &x : b) scanf("%d", &x);
    int i = 0, j = 0;
    vector<int> out;
    while (i < n && j < m) {
        if (a[i] <= b[j]) out.push_back(a[i++]);
        else out.push_back(b[j++]);
    }
    while (i < n) out.push_back(a[i++]);
    for (size_t k = 0; k < out.size(); k++) printf(k ? " %d" : "%d", out[k]);
    printf("\n");
    return 0;
}
