// Sort positions by value, then close in from both ends with two pointers.
// O(n log n), immune to hash-collision slowdowns.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);

    std::vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    std::sort(order.begin(), order.end(), [&](int x, int y) { return a[x] < a[y]; });

    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long sum = a[order[lo]] + a[order[hi]];
        if (sum == target) {
            int i = std::min(order[lo], order[hi]);
            int j = std::max(order[lo], order[hi]);
            printf("%d %d\n", i, j);
            return 0;
        }
        if (sum < target) lo++;
        else hi--;
    }
    return 0;  // unreachable: a pair is guaranteed
}
