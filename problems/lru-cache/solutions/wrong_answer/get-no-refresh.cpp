// Mistake: get does not mark the key as recently used, so the cache evicts in
// order of the last put (the first sample already shows the difference).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int k, n;
    scanf("%d %d", &k, &n);
    list<pair<int, int>> order;  // front = most recent
    unordered_map<int, list<pair<int, int>>::iterator> where;
    char op[8];
    for (int i = 0; i < n; i++) {
        int key, val;
        scanf("%7s %d", op, &key);
        if (op[0] == 'g') {
            auto it = where.find(key);
            printf("%d\n", it == where.end() ? -1 : it->second->second);
        } else {
            scanf("%d", &val);
            auto it = where.find(key);
            if (it != where.end()) order.erase(it->second);
            else if ((int)order.size() == k) {
                where.erase(order.back().first);
                order.pop_back();
            }
            order.push_front({key, val});
            where[key] = order.begin();
        }
    }
    return 0;
}
