// BFS from the root over child lists (CSR layout); the depth of the last node
// dequeued is the height. Iterative, so a 200000-node chain is fine.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> p(n), cnt(n + 1, 0);
    int root = 0;
    for (int i = 0; i < n; i++) {
        scanf("%d", &p[i]);
        if (p[i] < 0) root = i;
        else cnt[p[i] + 1]++;
    }
    for (int i = 0; i < n; i++) cnt[i + 1] += cnt[i];
    vector<int> child(max(n - 1, 1)), pos(cnt.begin(), cnt.end() - 1);
    for (int i = 0; i < n; i++)
        if (p[i] >= 0) child[pos[p[i]]++] = i;
    vector<int> q(n), depth(n, 0);
    int head = 0, tail = 0, best = 0;
    q[tail++] = root;
    while (head < tail) {
        int v = q[head++];
        best = max(best, depth[v]);
        for (int k = cnt[v]; k < cnt[v + 1]; k++) {
            depth[child[k]] = depth[v] + 1;
            q[tail++] = child[k];
        }
    }
    printf("%d\n", best);
    return 0;
}
