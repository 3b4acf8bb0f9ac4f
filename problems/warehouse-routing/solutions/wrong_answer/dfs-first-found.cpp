// Mistake: explores with a DFS (stack instead of queue) and reports the length
// of the first route that reaches a target. That route is rarely the shortest.
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
    vector<int> st;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            if (g[i][j] == 'S') { dist[i * C + j] = 0; st.push_back(i * C + j); }
    const int dr[4] = {-1, 0, 1, 0}, dc[4] = {0, 1, 0, -1};
    while (!st.empty()) {
        int u = st.back(); st.pop_back();
        int r = u / C, c = u % C;
        if (g[r][c] == 'T') { printf("%d\n", dist[u]); return 0; }
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr >= 0 && nr < R && nc >= 0 && nc < C && g[nr][nc] != '#' && dist[nr * C + nc] < 0) {
                dist[nr * C + nc] = dist[u] + 1;
                st.push_back(nr * C + nc);
            }
        }
    }
    printf("-1\n");
    return 0;
}
