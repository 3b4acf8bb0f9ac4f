// Mistake: forgets to check that every course was taken, so on a cycle it
// prints the courses that could be taken instead of IMPOSSIBLE.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<int>> adj(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        indeg[b]++;
    }
    priority_queue<int, vector<int>, greater<int>> pq;
    for (int v = 1; v <= n; v++)
        if (!indeg[v]) pq.push(v);
    vector<int> order;
    while (!pq.empty()) {
        int v = pq.top();
        pq.pop();
        order.push_back(v);
        for (int w : adj[v])
            if (--indeg[w] == 0) pq.push(w);
    }
    if (order.empty()) { puts("IMPOSSIBLE"); return 0; }  // only the "nothing available" case
    for (size_t i = 0; i < order.size(); i++) printf(i ? " %d" : "%d", order[i]);
    printf("\n");
    return 0;
}
