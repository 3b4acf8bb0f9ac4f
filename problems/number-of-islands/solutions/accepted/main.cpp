// Iterative flood fill: every unvisited land cell starts a new island, whose
// cells are then sunk (turned into water) using an explicit stack.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 0;
    vector<char> g((size_t)R * C);
    vector<char> row(C + 2);
    for (int r = 0; r < R; r++) {
        scanf("%s", row.data());
        memcpy(&g[(size_t)r * C], row.data(), C);
    }
    vector<int> stk;
    stk.reserve(R * C);
    long long islands = 0;
    for (int start = 0; start < R * C; start++) {
        if (g[start] != '#') continue;
        islands++;
        g[start] = '.';
        stk.push_back(start);
        while (!stk.empty()) {
            int v = stk.back();
            stk.pop_back();
            int r = v / C, c = v % C;
            if (r > 0 && g[v - C] == '#') { g[v - C] = '.'; stk.push_back(v - C); }
            if (r + 1 < R && g[v + C] == '#') { g[v + C] = '.'; stk.push_back(v + C); }
            if (c > 0 && g[v - 1] == '#') { g[v - 1] = '.'; stk.push_back(v - 1); }
            if (c + 1 < C && g[v + 1] == '#') { g[v + 1] = '.'; stk.push_back(v + 1); }
        }
    }
    printf("%lld\n", islands);
    return 0;
}
