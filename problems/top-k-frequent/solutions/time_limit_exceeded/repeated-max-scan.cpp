// Correct but slow: counts with a map, then k times scans all distinct values
// for the best one not yet printed. O(n log n + k * d), i.e. O(n^2) when most
// values are distinct and k is large.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    map<int, int> cnt;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        cnt[x]++;
    }
    vector<pair<int, int>> vc(cnt.begin(), cnt.end());
    vector<char> used(vc.size(), 0);
    for (int t = 0; t < k; t++) {
        int best = -1;
        for (int i = 0; i < (int)vc.size(); i++) {
            if (used[i]) continue;
            if (best < 0 || vc[i].second > vc[best].second) best = i;
        }
        used[best] = 1;
        printf(t ? " %d" : "%d", vc[best].first);
    }
    printf("\n");
    return 0;
}
