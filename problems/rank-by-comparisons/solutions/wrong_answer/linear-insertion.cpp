// Insertion sort that scans the sorted prefix from the lightest end until it meets a
// heavier stone. The order is right, but a stone heavier than all before it costs
// k-1 queries: about n^2/4 on random weights, far over the ~n log n budget.
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
    vector<int> order = {1};
    for (int i = 2; i <= n; i++) {
        size_t pos = 0;
        while (pos < order.size() && !lighter(i, order[pos])) pos++;
        order.insert(order.begin() + pos, i);
    }
    cout << '!';
    for (int x : order) cout << ' ' << x;
    cout << endl;
    return 0;
}
