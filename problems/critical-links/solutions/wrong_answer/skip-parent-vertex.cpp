// Mistake: skips every edge back to the parent vertex instead of only the
// tree edge itself, so a pair of parallel cables is reported as critical.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> tin(n + 1, 0), low(n + 1, 0), par(n + 1, 0), ptr(n + 1, 0);
    vector<pair<int, int>> bridges;
    int timer = 0;
    for (int root = 1; root <= n; root++) {
        if (tin[root]) continue;
        tin[root] = low[root] = ++timer;
        vector<int> stk = {root};
        while (!stk.empty()) {
            int v = stk.back();
            if (ptr[v] < (int)adj[v].size()) {
                int to = adj[v][ptr[v]++];
                if (to == par[v]) continue;
                if (tin[to]) low[v] = min(low[v], tin[to]);
                else {
                    tin[to] = low[to] = ++timer;
                    par[to] = v;
                    stk.push_back(to);
                }
            } else {
                stk.pop_back();
                if (!stk.empty()) {
                    int p = stk.back();
                    low[p] = min(low[p], low[v]);
                    if (low[v] > tin[p]) bridges.push_back({min(p, v), max(p, v)});
                }
            }
        }
    }
    sort(bridges.begin(), bridges.end());
    printf("%zu\n", bridges.size());
    for (auto &b : bridges) printf("%d %d\n", b.first, b.second);
    return 0;
}
