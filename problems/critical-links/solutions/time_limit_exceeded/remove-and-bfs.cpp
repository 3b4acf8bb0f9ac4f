// Correct but slow: for every cable, removes it and checks with a BFS whether
// its endpoints are still connected. O(m * (n + m)).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> eu(m), ev(m);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        scanf("%d %d", &eu[i], &ev[i]);
        adj[eu[i]].push_back({ev[i], i});
        adj[ev[i]].push_back({eu[i], i});
    }
    vector<int> seen(n + 1, -1), q(n);
    vector<pair<int, int>> bridges;
    for (int e = 0; e < m; e++) {
        int head = 0, tail = 0;
        q[tail++] = eu[e];
        seen[eu[e]] = e;
        while (head < tail && seen[ev[e]] != e) {
            int v = q[head++];
            for (auto [to, id] : adj[v])
                if (id != e && seen[to] != e) {
                    seen[to] = e;
                    q[tail++] = to;
                }
        }
        if (seen[ev[e]] != e) bridges.push_back({min(eu[e], ev[e]), max(eu[e], ev[e])});
    }
    sort(bridges.begin(), bridges.end());
    printf("%zu\n", bridges.size());
    for (auto &b : bridges) printf("%d %d\n", b.first, b.second);
    return 0;
}
