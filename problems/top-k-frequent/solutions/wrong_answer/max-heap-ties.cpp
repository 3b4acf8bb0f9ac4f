// Mistake: a max-heap of (count, value) pops the LARGER value first among
// values with equal counts.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    unordered_map<int, int> cnt;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        cnt[x]++;
    }
    priority_queue<pair<int, int>> pq;
    for (auto &p : cnt) pq.push({p.second, p.first});
    for (int i = 0; i < k; i++) {
        printf(i ? " %d" : "%d", pq.top().second);
        pq.pop();
    }
    printf("\n");
    return 0;
}
