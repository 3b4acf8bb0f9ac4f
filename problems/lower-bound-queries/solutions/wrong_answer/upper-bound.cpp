// WRONG: upper_bound counts elements <= x, so equal scores are counted too.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    while (q--) {
        int x;
        scanf("%d", &x);
        printf("%ld\n", (long)(upper_bound(a.begin(), a.end(), x) - a.begin()));
    }
    return 0;
}
