// WRONG: correct Dijkstra, but distances are 32-bit ints, which overflow on
// long paths of heavy links.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m, s;
    scanf("%d %d %d", &n, &m, &s);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
    }
    const int INF = INT_MAX;
    vector<int> dist(n + 1, INF);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
    dist[s] = 0;
    pq.push({0, s});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;
        for (auto [v, w] : adj[u]) {
            int nd = d + w;
            if (nd < dist[v]) { dist[v] = nd; pq.push({nd, v}); }
        }
    }
    int ans = 0;
    for (int v = 1; v <= n; v++) {
        if (dist[v] == INF) { puts("-1"); return 0; }
        ans = max(ans, dist[v]);
    }
    printf("%d\n", ans);
    return 0;
}
