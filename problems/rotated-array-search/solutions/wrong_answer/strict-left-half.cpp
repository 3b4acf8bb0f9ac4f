// Mistake: the classic one-pass rotated search decides that the left half
// a[lo..mid] is sorted with a[lo] < a[mid] instead of a[lo] <= a[mid]. When
// lo == mid the wrong half is chosen and some present values are missed.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int q;
    scanf("%d", &q);
    while (q--) {
        int x;
        scanf("%d", &x);
        int lo = 0, hi = n - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (a[mid] == x) { ans = mid; break; }
            if (a[lo] < a[mid]) {  // should be <=
                if (a[lo] <= x && x < a[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else {
                if (a[mid] < x && x <= a[hi]) lo = mid + 1;
                else hi = mid - 1;
            }
        }
        printf("%d\n", ans);
    }
    return 0;
}
