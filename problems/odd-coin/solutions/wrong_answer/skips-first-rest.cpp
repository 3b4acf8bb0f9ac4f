// Off-by-one in the split: when the pans balance, it moves lo to one past where it
// thinks the right pan ends (lo + 2a), but the right pan really ends at lo + 2a - 1.
// Coin lo + 2a is dropped from the candidates; when it is the light one, the search
// ends on a wrong coin (or one past the range).
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
        for (int i = lo; i < lo + 2 * a; i++) q += " " + to_string(i);
        cout << q << endl;
        string reply;
        if (!(cin >> reply)) return 0;
        if (reply == "<") hi = lo + a - 1;
        else if (reply == ">") lo = lo + a, hi = lo + a - 1;
        else lo = lo + 2 * a + 1;  // bug: should be lo + 2 * a
    }
    cout << "! " << lo << endl;
    return 0;
}
