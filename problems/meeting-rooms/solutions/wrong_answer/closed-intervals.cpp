// Mistake: treats meetings as closed intervals [s, e], so a meeting ending at t
// and one starting at t are counted as overlapping (start events sorted first).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<int, int>> ev;
    for (int i = 0; i < n; i++) {
        int s, e;
        scanf("%d %d", &s, &e);
        ev.push_back({s, -1});  // -1 sorts before +1: starts first on ties (bug)
        ev.push_back({e, +1});
    }
    sort(ev.begin(), ev.end());
    int cur = 0, best = 0;
    for (auto &p : ev) {
        if (p.second == -1) cur++;
        else cur--;
        best = max(best, cur);
    }
    printf("%d\n", best);
    return 0;
}
