// Mistake: sorts the values and runs two pointers, but prints positions in the
// sorted array instead of the original indices.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long target;
    scanf("%d %lld", &n, &target);
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    std::sort(a.begin(), a.end());
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long sum = a[lo] + a[hi];
        if (sum == target) {
            printf("%d %d\n", lo, hi);
            return 0;
        }
        if (sum < target) lo++;
        else hi--;
    }
    return 0;
}
