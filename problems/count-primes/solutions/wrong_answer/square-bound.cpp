// Mistake: the outer sieve loop runs while i*i < n instead of i*i <= n, so
// when n is the square of a prime p, n = p*p is never crossed out.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    scanf("%lld", &n);
    if (n < 2) { puts("0"); return 0; }
    vector<char> composite(n + 1, 0);
    for (long long i = 2; i * i < n; i++) {
        if (composite[i]) continue;
        for (long long j = i * i; j <= n; j += i) composite[j] = 1;
    }
    long long count = 0;
    for (long long i = 2; i <= n; i++) count += !composite[i];
    printf("%lld\n", count);
    return 0;
}
