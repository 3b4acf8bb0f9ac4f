// Mistake: computes the expected total n*(n+1)/2 in a 32-bit int. For
// n >= 46341 the product n*(n+1) overflows before the division by 2, so the
// result is garbage (wrapping alone would cancel out, the halving does not).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    int expected = n * (n + 1) / 2;
    int got = 0;
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        got += a;
    }
    printf("%d\n", expected - got);
    return 0;
}
