// XOR of 0..n and of all reports: every present ID appears twice and cancels,
// leaving only the missing one. No overflow is possible.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int x = n;  // the loop below covers 0..n-1, so start with n
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        x ^= i ^ a;
    }
    printf("%d\n", x);
    return 0;
}
