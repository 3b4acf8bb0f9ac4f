// XOR of everything: paired values cancel (x ^ x = 0), the lonely one remains.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int acc = 0;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        acc ^= x;
    }
    printf("%d\n", acc);
    return 0;
}
