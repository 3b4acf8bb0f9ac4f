#include <bits/stdc++.h>
using namespace std;

// Binary search on [lo, hi], which always holds the hidden number. Each query
// removes mid and the half on the wrong side of it, so a range of size s needs
// at most bit_length(s) queries: exactly the budget for s = n.
int main() {
    long long n;
    if (!(cin >> n)) return 0;
    long long lo = 1, hi = n;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        cout << "? " << mid << endl;  // endl flushes: the judge is waiting for this line
        string reply;
        if (!(cin >> reply)) return 0;
        if (reply == "=") {
            cout << "! " << mid << endl;
            return 0;
        }
        if (reply == ">") lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}
