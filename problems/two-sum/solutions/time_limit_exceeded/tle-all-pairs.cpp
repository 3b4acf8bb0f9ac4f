// Naive O(n^2): tries every pair i < j in order.
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long target;
    scanf("%d %lld", &n, &target);
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] + a[j] == target) {
                printf("%d %d\n", i, j);
                return 0;
            }
    return 0;
}
