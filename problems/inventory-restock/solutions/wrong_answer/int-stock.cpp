// WRONG: the stock is kept in a 32-bit int, which overflows after a few
// large deliveries (3 x 10^9 wraps around to a negative number).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long T;
    scanf("%d %lld", &n, &T);
    map<string, int> stock;
    char name[32];
    for (int i = 0; i < n; i++) {
        int q;
        scanf("%31s %d", name, &q);
        stock[name] += q;
    }
    bool any = false;
    for (auto &kv : stock)
        if (kv.second < T) { puts(kv.first.c_str()); any = true; }
    if (!any) puts("NONE");
    return 0;
}
