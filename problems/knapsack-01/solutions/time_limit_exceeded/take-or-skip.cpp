// Correct but exponential: tries both "take" and "skip" for every item by
// plain recursion, without memoising (index, capacity) states. O(2^n).
#include <bits/stdc++.h>
using namespace std;

int n;
vector<int> w;
vector<long long> v;

long long go(int i, int room) {
    if (i == n) return 0;
    long long best = go(i + 1, room);
    if (w[i] <= room) best = max(best, go(i + 1, room - w[i]) + v[i]);
    return best;
}

int main() {
    int W;
    scanf("%d %d", &n, &W);
    w.resize(n);
    v.resize(n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &w[i], &v[i]);
    printf("%lld\n", go(0, W));
    return 0;
}
