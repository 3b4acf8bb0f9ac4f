// Binary search on the slope. [lo, hi] always holds a peak: if a[m] < a[m+1], climbing
// right from m+1 must stop at a peak before a[n+1] = -infinity, so one lies in [m+1, hi];
// otherwise, by the same argument leftwards, one lies in [lo, m]. Two probes per halving.
#include <bits/stdc++.h>
using namespace std;

static long long ask(int i) {
    cout << "? " << i << endl;  // endl flushes: the judge waits for this line
    long long v;
    if (!(cin >> v)) exit(0);   // the judge has stopped the exchange
    return v;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    int lo = 1, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;  // m + 1 <= hi, so both probes are in range
        long long left = ask(m);
        long long right = ask(m + 1);
        if (left < right) lo = m + 1;
        else hi = m;
    }
    cout << "! " << lo << endl;
    return 0;
}
