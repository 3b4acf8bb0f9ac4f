// Correct but slow: to find the smallest available course it scans all
// courses from 1 every time. O(n^2) when the available course is always a
// large number (e.g. the chain n -> n-1 -> ... -> 1).
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
    vector<char> taken(n + 1, 0);
    vector<int> order;
    for (int step = 0; step < n; step++) {
        int pick = -1;
        for (int v = 1; v <= n; v++)
            if (!taken[v] && indeg[v] == 0) { pick = v; break; }
        if (pick < 0) break;
        taken[pick] = 1;
        order.push_back(pick);
        for (int w : adj[pick]) indeg[w]--;
    }
    if ((int)order.size() < n) { puts("IMPOSSIBLE"); return 0; }
    for (int i = 0; i < n; i++) printf(i ? " %d" : "%d", order[i]);
    printf("\n");
    return 0;
}
