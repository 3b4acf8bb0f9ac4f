// Mistake: the well-known "multiset + middle iterator" technique points the
// iterator at index k / 2 of the window. For odd k that is the median, but for
// even k it is the UPPER middle element, not the lower one.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    multiset<long long> w(a.begin(), a.begin() + k);
    auto mid = next(w.begin(), k / 2);
    string out = to_string(*mid);
    for (int i = k; i < n; i++) {
        w.insert(a[i]);
        if (a[i] < *mid) --mid;
        if (a[i - k] <= *mid) ++mid;
        w.erase(w.lower_bound(a[i - k]));
        out += ' ';
        out += to_string(*mid);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
