// Correct but slow: len[i] = 1 + max len[j] over j < i with a[j] < a[i].
// O(n^2) comparisons.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n), len(n, 1);
    for (auto &x : a) scanf("%d", &x);
    int best = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++)
            if (a[j] < a[i] && len[j] + 1 > len[i]) len[i] = len[j] + 1;
        best = max(best, len[i]);
    }
    printf("%d\n", best);
    return 0;
}
