// Bottom-up merge sort: runs of width 1, 2, 4, ... merged left to right, a leftover
// run carried up. The order is always right, but its merges are unbalanced when n is
// not a power of two: in the worst case (n = 1000) it needs 8985 comparisons, 8 over
// the budget of 8977. A balanced top-down merge sort or binary insertion stays within.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

static bool lighter(int i, int j) {
    cout << "? " << i << ' ' << j << endl;
    string reply;
    if (!(cin >> reply)) exit(0);
    return reply == "<";
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<int> a(n), tmp(n);
    for (int i = 0; i < n; i++) a[i] = i + 1;
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo + width < n; lo += 2 * width) {
            int mid = lo + width, hi = min(lo + 2 * width, n);
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = lighter(a[j], a[i]) ? a[j++] : a[i++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
            copy(tmp.begin() + lo, tmp.begin() + hi, a.begin() + lo);
        }
    }
    cout << '!';
    for (int x : a) cout << ' ' << x;
    cout << endl;
    return 0;
}
