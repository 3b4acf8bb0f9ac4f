// Mistake: lets the robot move diagonally (8 neighbours instead of 4),
// which also lets it slip between two shelves that touch at a corner.
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
    vector<int> dist((size_t)R * C, -1);
    deque<int> q;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            if (g[i][j] == 'S') { dist[i * C + j] = 0; q.push_back(i * C + j); }
    while (!q.empty()) {
        int u = q.front(); q.pop_front();
        int r = u / C, c = u % C;
        if (g[r][c] == 'T') { printf("%d\n", dist[u]); return 0; }
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                int nr = r + dr, nc = c + dc;
                if ((dr || dc) && nr >= 0 && nr < R && nc >= 0 && nc < C &&
                    g[nr][nc] != '#' && dist[nr * C + nc] < 0) {
                    dist[nr * C + nc] = dist[u] + 1;
                    q.push_back(nr * C + nc);
                }
            }
    }
    printf("-1\n");
    return 0;
}
