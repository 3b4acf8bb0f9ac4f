// Find the rotation point p (index of the minimum) by binary search, then do
// an ordinary binary search in the run that can contain x. O((n + q) log n)
// with O(1) extra memory besides the array.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    // positions with a[i] > a[n-1] form a prefix; p = its length
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] > a[n - 1]) lo = mid + 1;
        else hi = mid;
    }
    int p = lo;
    int q;
    scanf("%d", &q);
    string out;
    out.reserve((size_t)q * 8);
    while (q--) {
        int x;
        scanf("%d", &x);
        // run [p, n) holds values <= a[n-1]; run [0, p) holds larger ones
        int l = (x <= a[n - 1]) ? p : 0;
        int r = (x <= a[n - 1]) ? n : p;
        int i = lower_bound(a.begin() + l, a.begin() + r, x) - a.begin();
        int ans = (i < r && a[i] == x) ? i : -1;
        out += to_string(ans);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
    return 0;
}
