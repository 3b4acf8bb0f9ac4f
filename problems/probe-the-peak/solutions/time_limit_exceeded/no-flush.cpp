// The right search, but with the "fast I/O" lines and '\n' instead of endl: cin is untied
// from cout, so reading the reply no longer flushes the query. The query sits in the
// buffer while both sides wait for each other.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    int lo = 1, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        long long left, right;
        cout << "? " << m << '\n';
        if (!(cin >> left)) return 0;
        cout << "? " << m + 1 << '\n';
        if (!(cin >> right)) return 0;
        if (left < right) lo = m + 1;
        else hi = m;
    }
    cout << "! " << lo << '\n';
    return 0;
}
