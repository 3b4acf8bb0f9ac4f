// Ternary splitting. The candidates are lo..hi (m coins); put a = ceil(m/3) on each pan
// and leave the other m - 2a <= a off the scale. The lighter pan holds the coin; if the
// pans balance, it is among the coins left off. Each weighing keeps at most ceil(m/3)
// candidates, so after q weighings at most ceil(n/3^q) remain: 1 once 3^q >= n.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (!(cin >> n)) return 0;
    int lo = 1, hi = n;
    while (lo < hi) {
        int m = hi - lo + 1;
        int a = (m + 2) / 3;
        string q = "? " + to_string(a);
        for (int i = lo; i < lo + 2 * a; i++) q += " " + to_string(i);  // left lo.., right lo+a..
        cout << q << endl;  // endl flushes: the judge waits for this line
        string reply;
        if (!(cin >> reply)) return 0;  // the judge has stopped the exchange
        if (reply == "<") hi = lo + a - 1;
        else if (reply == ">") lo = lo + a, hi = lo + a - 1;
        else lo = lo + 2 * a;  // balanced: the coins right after the right pan
    }
    cout << "! " << lo << endl;
    return 0;
}
