// Dijkstra with a binary heap and lazy deletion; distances in 64 bits.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m, s;
    if (scanf("%d %d %d", &n, &m, &s) != 3) return 0;
    // compressed adjacency (CSR)
    vector<int> eu(m), ev(m), ew(m), start(n + 2, 0);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %d", &eu[i], &ev[i], &ew[i]);
        start[eu[i] + 1]++;
    }
    for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
    vector<int> to(m), wt(m), pos(start.begin(), start.end());
    for (int i = 0; i < m; i++) {
        int p = pos[eu[i]]++;
        to[p] = ev[i];
        wt[p] = ew[i];
    }
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[s] = 0;
    pq.push({0, s});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;  // outdated entry
        for (int p = start[u]; p < start[u + 1]; p++) {
            long long nd = d + wt[p];
            if (nd < dist[to[p]]) {
                dist[to[p]] = nd;
                pq.push({nd, to[p]});
            }
        }
    }
    long long ans = 0;
    for (int v = 1; v <= n; v++) {
        if (dist[v] == INF) { puts("-1"); return 0; }
        ans = max(ans, dist[v]);
    }
    printf("%lld\n", ans);
    return 0;
}
