// Correct but slow: trial division of every k <= n by all d with d*d <= k.
// About 664579 primes below 10^7, each needing ~sqrt(k) divisions.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    scanf("%lld", &n);
    long long count = 0;
    for (long long k = 2; k <= n; k++) {
        bool prime = true;
        for (long long d = 2; d * d <= k; d++) {
            if (k % d == 0) { prime = false; break; }
        }
        count += prime;
    }
    printf("%lld\n", count);
    return 0;
}
