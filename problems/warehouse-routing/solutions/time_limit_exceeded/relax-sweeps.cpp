// Correct but slow: Bellman-Ford style. Sweep the whole grid in row-major order
// relaxing every cell from its 4 neighbours until nothing changes. Distances
// travel only one cell per sweep against the sweep direction, so long winding
// aisles need O(R*C) sweeps: O((R*C)^2) in the worst case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int R, C;
    scanf("%d %d", &R, &C);
    vector<string> g(R);
    static char line[1000005];
    for (int i = 0; i < R; i++) {
        scanf("%s", line);
        g[i] = line;
    }
    const int INF = INT_MAX / 2;
    vector<vector<int>> dist(R, vector<int>(C, INF));
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            if (g[i][j] == 'S') dist[i][j] = 0;
    const int dr[4] = {-1, 0, 1, 0}, dc[4] = {0, 1, 0, -1};
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < R; i++)
            for (int j = 0; j < C; j++) {
                if (g[i][j] == '#') continue;
                for (int k = 0; k < 4; k++) {
                    int ni = i + dr[k], nj = j + dc[k];
                    if (ni < 0 || ni >= R || nj < 0 || nj >= C) continue;
                    if (dist[ni][nj] + 1 < dist[i][j]) {
                        dist[i][j] = dist[ni][nj] + 1;
                        changed = true;
                    }
                }
            }
    }
    int best = INF;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            if (g[i][j] == 'T') best = min(best, dist[i][j]);
    printf("%d\n", best == INF ? -1 : best);
    return 0;
}
