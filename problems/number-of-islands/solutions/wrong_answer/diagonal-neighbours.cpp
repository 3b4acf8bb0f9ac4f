// Mistake: also treats the four diagonal cells as neighbours (8-connectivity),
// merging islands that only touch at a corner.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int R, C;
    scanf("%d %d", &R, &C);
    vector<string> g(R);
    for (auto &s : g) {
        static char buf[1000005];
        scanf("%s", buf);
        s = buf;
    }
    long long islands = 0;
    vector<pair<int, int>> stk;
    for (int r0 = 0; r0 < R; r0++)
        for (int c0 = 0; c0 < C; c0++) {
            if (g[r0][c0] != '#') continue;
            islands++;
            g[r0][c0] = '.';
            stk.push_back({r0, c0});
            while (!stk.empty()) {
                auto [r, c] = stk.back();
                stk.pop_back();
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        int nr = r + dr, nc = c + dc;
                        if (nr < 0 || nr >= R || nc < 0 || nc >= C) continue;
                        if (g[nr][nc] == '#') { g[nr][nc] = '.'; stk.push_back({nr, nc}); }
                    }
            }
        }
    printf("%lld\n", islands);
    return 0;
}
