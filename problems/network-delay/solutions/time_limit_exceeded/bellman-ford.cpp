// TOO SLOW: Bellman-Ford, relaxing all links up to n - 1 rounds (with the usual
// early exit). O(n * m) when links are listed against the path direction.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m, s;
    scanf("%d %d %d", &n, &m, &s);
    vector<int> u(m), v(m), w(m);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &u[i], &v[i], &w[i]);
    const long long INF = LLONG_MAX / 4;
    vector<long long> dist(n + 1, INF);
    dist[s] = 0;
    for (int round = 1; round < n; round++) {
        bool changed = false;
        for (int i = 0; i < m; i++) {
            if (dist[u[i]] != INF && dist[u[i]] + w[i] < dist[v[i]]) {
                dist[v[i]] = dist[u[i]] + w[i];
                changed = true;
            }
        }
        if (!changed) break;
    }
    long long ans = 0;
    for (int x = 1; x <= n; x++) {
        if (dist[x] >= INF) { puts("-1"); return 0; }
        ans = max(ans, dist[x]);
    }
    printf("%lld\n", ans);
    return 0;
}
