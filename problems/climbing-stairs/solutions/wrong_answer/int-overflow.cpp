// Mistake: stores the table in 32-bit ints and adds all terms before taking
// the remainder. With three strides the sum can reach about 3*10^9 and
// overflows. (With one or two strides it happens to stay in range.)
#include <bits/stdc++.h>
using namespace std;

int main() {
    const int MOD = 1000000007;
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> s(k);
    for (auto &x : s) scanf("%d", &x);
    vector<int> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++) {
        int v = 0;
        for (int x : s)
            if (x <= i) v += ways[i - x];
        ways[i] = v % MOD;
    }
    printf("%d\n", ways[n]);
    return 0;
}
