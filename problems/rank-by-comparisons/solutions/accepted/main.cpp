// Binary insertion sort: stone k is placed among the k-1 already sorted with a binary
// search over its k possible positions, which takes at most ceil(log2 k) queries;
// summed over k that is exactly the budget.
#include <iostream>
#include <string>
#include <vector>
using namespace std;

// true when w[i] < w[j]; endl flushes, so the judge sees the query at once
static bool lighter(int i, int j) {
    cout << "? " << i << ' ' << j << endl;
    string reply;
    if (!(cin >> reply)) exit(0);  // the judge stopped: nothing left to do
    return reply == "<";
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<int> order = {1};
    for (int i = 2; i <= n; i++) {
        // insertion points lo..hi; the loop halves them until one is left
        int lo = 0, hi = (int)order.size();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (lighter(i, order[mid])) hi = mid;
            else lo = mid + 1;
        }
        order.insert(order.begin() + lo, i);
    }
    cout << '!';
    for (int x : order) cout << ' ' << x;
    cout << endl;
    return 0;
}
