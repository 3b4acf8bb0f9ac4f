// Correct but slow: keeps the cached pairs in a vector ordered by recency and
// searches it linearly on every operation. O(n * k) in the worst case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int k, n;
    scanf("%d %d", &k, &n);
    vector<pair<int, int>> order;  // back = most recent
    char op[8];
    for (int i = 0; i < n; i++) {
        int key, val;
        scanf("%7s %d", op, &key);
        int found = -1;
        for (int j = (int)order.size() - 1; j >= 0; j--)
            if (order[j].first == key) { found = j; break; }
        if (op[0] == 'g') {
            if (found < 0) { puts("-1"); continue; }
            auto p = order[found];
            order.erase(order.begin() + found);
            order.push_back(p);
            printf("%d\n", p.second);
        } else {
            scanf("%d", &val);
            if (found >= 0) order.erase(order.begin() + found);
            else if ((int)order.size() == k) order.erase(order.begin());
            order.push_back({key, val});
        }
    }
    return 0;
}
