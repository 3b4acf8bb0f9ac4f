// Bridges with an iterative Tarjan DFS (tin/low). Only the tree edge used to
// enter a vertex is skipped, identified by its index, so parallel edges count
// as cycles. O(n + m).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> eu(m), ev(m), deg(n + 2, 0);
    for (int i = 0; i < m; i++) {
        scanf("%d %d", &eu[i], &ev[i]);
        deg[eu[i]]++;
        deg[ev[i]]++;
    }
    vector<int> start(n + 2, 0);
    for (int v = 1; v <= n; v++) start[v + 1] = start[v] + deg[v];
    vector<int> adjTo(2 * m), adjId(2 * m), fill(start.begin(), start.end());
    for (int i = 0; i < m; i++) {
        adjTo[fill[eu[i]]] = ev[i], adjId[fill[eu[i]]++] = i;
        adjTo[fill[ev[i]]] = eu[i], adjId[fill[ev[i]]++] = i;
    }
    vector<int> tin(n + 1, 0), low(n + 1, 0), ptr(start.begin(), start.end()), parentEdge(n + 1, -1);
    vector<int> stk;
    stk.reserve(n);
    vector<pair<int, int>> bridges;
    int timer = 0;
    for (int root = 1; root <= n; root++) {
        if (tin[root]) continue;
        tin[root] = low[root] = ++timer;
        stk.push_back(root);
        while (!stk.empty()) {
            int v = stk.back();
            if (ptr[v] < start[v + 1]) {
                int k = ptr[v]++;
                int to = adjTo[k], id = adjId[k];
                if (id == parentEdge[v]) continue;
                if (tin[to]) {
                    low[v] = min(low[v], tin[to]);
                } else {
                    tin[to] = low[to] = ++timer;
                    parentEdge[to] = id;
                    stk.push_back(to);
                }
            } else {
                stk.pop_back();
                if (!stk.empty()) {
                    int p = stk.back();
                    low[p] = min(low[p], low[v]);
                    if (low[v] > tin[p]) {
                        int id = parentEdge[v];
                        bridges.push_back({min(eu[id], ev[id]), max(eu[id], ev[id])});
                    }
                }
            }
        }
    }
    sort(bridges.begin(), bridges.end());
    string out = to_string(bridges.size()) + "\n";
    for (auto &b : bridges) {
        out += to_string(b.first);
        out += ' ';
        out += to_string(b.second);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
    return 0;
}
