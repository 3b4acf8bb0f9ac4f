// Sieve of Eratosthenes over [0, n]; composites are crossed out starting from
// i*i for every prime i with i*i <= n.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    if (n < 2) { puts("0"); return 0; }
    vector<char> composite(n + 1, 0);
    long long count = 0;
    for (long long i = 2; i <= n; i++) {
        if (composite[i]) continue;
        count++;
        for (long long j = i * i; j <= n; j += i) composite[j] = 1;
    }
    printf("%lld\n", count);
    return 0;
}
