// Hash map from key to a node of a doubly linked list ordered by recency
// (index-based list, head = most recent). Every operation is O(1) expected.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int k, n;
    if (scanf("%d %d", &k, &n) != 2) return 0;
    vector<int> keyOf(k), valOf(k), prv(k), nxt(k);
    unordered_map<int, int> where;
    where.reserve(2 * k + 16);
    int head = -1, tail = -1, used = 0;
    auto unlink = [&](int x) {
        if (prv[x] >= 0) nxt[prv[x]] = nxt[x]; else head = nxt[x];
        if (nxt[x] >= 0) prv[nxt[x]] = prv[x]; else tail = prv[x];
    };
    auto pushFront = [&](int x) {
        prv[x] = -1;
        nxt[x] = head;
        if (head >= 0) prv[head] = x; else tail = x;
        head = x;
    };
    string out;
    char op[8];
    for (int i = 0; i < n; i++) {
        int key, val;
        scanf("%7s %d", op, &key);
        if (op[0] == 'g') {
            auto it = where.find(key);
            if (it == where.end()) {
                out += "-1\n";
            } else {
                int x = it->second;
                out += to_string(valOf[x]);
                out += '\n';
                unlink(x);
                pushFront(x);
            }
        } else {
            scanf("%d", &val);
            auto it = where.find(key);
            if (it != where.end()) {
                int x = it->second;
                valOf[x] = val;
                unlink(x);
                pushFront(x);
                continue;
            }
            int x;
            if (used < k) {
                x = used++;
            } else {  // reuse the least recently used node
                x = tail;
                unlink(x);
                where.erase(keyOf[x]);
            }
            keyOf[x] = key;
            valOf[x] = val;
            where[key] = x;
            pushFront(x);
        }
    }
    fputs(out.c_str(), stdout);
    return 0;
}
