// Off-by-one: the loop runs while the range holds MORE than two indices, so it ends one
// halving early with two candidates left, and reports the last midpoint probed instead of
// settling them. On a rising array the last step moved lo past mid, so mid is not a peak.
#include <bits/stdc++.h>
using namespace std;

static long long ask(int i) {
    cout << "? " << i << endl;
    long long v;
    if (!(cin >> v)) exit(0);
    return v;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    int lo = 1, hi = n, mid = 1;
    while (hi - lo > 1) {
        mid = lo + (hi - lo) / 2;
        long long left = ask(mid);
        long long right = ask(mid + 1);
        if (left < right) lo = mid + 1;
        else hi = mid;
    }
    cout << "! " << mid << endl;
    return 0;
}
