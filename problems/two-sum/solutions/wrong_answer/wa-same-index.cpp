// Mistake: builds the whole value -> index map first and then looks up the
// complement without checking that it is a different position. When
// target == 2 * a[i] and a[i] occurs once, it prints "i i".
#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long target;
    scanf("%d %lld", &n, &target);
    std::vector<long long> a(n);
    std::unordered_map<long long, int> where;
    where.reserve(2 * n);
    for (int i = 0; i < n; i++) {
        scanf("%lld", &a[i]);
        where[a[i]] = i;
    }
    for (int i = 0; i < n; i++) {
        auto it = where.find(target - a[i]);
        if (it != where.end()) {
            printf("%d %d\n", std::min(i, it->second), std::max(i, it->second));
            return 0;
        }
    }
    return 0;
}
