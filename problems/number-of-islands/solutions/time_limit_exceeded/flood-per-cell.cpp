// Correct but slow: for every land cell, floods its whole island from scratch
// (with a freshly cleared visited array) and counts the cell only if it is
// the smallest index of its island. O((R*C)^2) on a big island.
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
    int N = R * C;
    vector<char> seen(N);
    long long islands = 0;
    for (int start = 0; start < N; start++) {
        if (g[start / C][start % C] != '#') continue;
        fill(seen.begin(), seen.end(), 0);
        vector<int> q = {start};
        seen[start] = 1;
        bool smallest = true;
        for (size_t h = 0; h < q.size(); h++) {
            int v = q[h];
            if (v < start) smallest = false;
            int r = v / C, c = v % C;
            int nb[4][2] = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (auto &p : nb) {
                if (p[0] < 0 || p[0] >= R || p[1] < 0 || p[1] >= C) continue;
                int w = p[0] * C + p[1];
                if (!seen[w] && g[p[0]][p[1]] == '#') { seen[w] = 1; q.push_back(w); }
            }
        }
        if (smallest) islands++;
    }
    printf("%lld\n", islands);
    return 0;
}
