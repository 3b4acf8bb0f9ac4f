#include <bits/stdc++.h>
using namespace std;

// Starts the search at lo = 0 out of a 0-indexed habit. The range 0..n has one
// number more than 1..n: when n = 2^k - 1 that is one level more, and x = n then
// needs k + 1 queries, one over the budget of k (tests 04, 06, 12). On other tests
// it may also ask `? 0`, which is outside the range.
int main() {
    long long n;
    cin >> n;
    long long lo = 0, hi = n;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        cout << "? " << mid << endl;
        string reply;
        if (!(cin >> reply)) return 0;
        if (reply == "=") {
            cout << "! " << mid << endl;
            return 0;
        }
        if (reply == ">") lo = mid + 1;
        else hi = mid - 1;
    }
}
