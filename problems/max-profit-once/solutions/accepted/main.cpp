// One pass: remember the cheapest price so far; selling today earns at most
// today's price minus that minimum.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long lowest = LLONG_MAX, best = 0;
    for (int i = 0; i < n; i++) {
        long long p;
        scanf("%lld", &p);
        if (lowest != LLONG_MAX) best = max(best, p - lowest);
        lowest = min(lowest, p);
    }
    printf("%lld\n", best);
    return 0;
}
