// Kahn's algorithm with a min-heap: always take the smallest available course.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> ea(m), eb(m), indeg(n + 1, 0), start(n + 2, 0);
    for (int i = 0; i < m; i++) {
        scanf("%d %d", &ea[i], &eb[i]);
        indeg[eb[i]]++;
        start[ea[i] + 1]++;
    }
    // adjacency in CSR form
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> adj(m), pos(start.begin(), start.end());
    for (int i = 0; i < m; i++) adj[pos[ea[i]]++] = eb[i];

    priority_queue<int, vector<int>, greater<int>> avail;
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) avail.push(v);
    vector<int> order;
    order.reserve(n);
    while (!avail.empty()) {
        int v = avail.top();
        avail.pop();
        order.push_back(v);
        for (int j = start[v]; j < start[v + 1]; j++)
            if (--indeg[adj[j]] == 0) avail.push(adj[j]);
    }
    if ((int)order.size() < n) {
        puts("IMPOSSIBLE");
        return 0;
    }
    string out;
    out.reserve((size_t)n * 7);
    for (int i = 0; i < n; i++) {
        if (i) out.push_back(' ');
        out += to_string(order[i]);
    }
    out.push_back('\n');
    fputs(out.c_str(), stdout);
    return 0;
}
