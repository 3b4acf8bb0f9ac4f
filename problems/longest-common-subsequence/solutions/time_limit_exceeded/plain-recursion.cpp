// Correct but exponential: the recurrence written as plain recursion without
// memoisation. Every mismatch branches into two calls.
#include <bits/stdc++.h>
using namespace std;

static char a[5005], b[5005];

int lcs(int i, int j) {
    if (i == 0 || j == 0) return 0;
    if (a[i - 1] == b[j - 1]) return lcs(i - 1, j - 1) + 1;
    return max(lcs(i - 1, j), lcs(i, j - 1));
}

int main() {
    scanf("%5004s %5004s", a, b);
    printf("%d\n", lcs(strlen(a), strlen(b)));
    return 0;
}
