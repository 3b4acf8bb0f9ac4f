// lower_bound returns the first element >= x; its index is the count of elements < x.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    string out;
    out.reserve((size_t)q * 8);
    char buf[16];
    for (int i = 0; i < q; i++) {
        int x;
        scanf("%d", &x);
        long k = lower_bound(a.begin(), a.end(), x) - a.begin();
        int len = snprintf(buf, sizeof buf, "%ld\n", k);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
