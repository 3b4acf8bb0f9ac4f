// Mistake: keeps the k largest values in a std::set, which silently merges
// equal scores, so duplicates are counted once.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    set<int> top;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        top.insert(x);
        if ((int)top.size() > k) top.erase(top.begin());
        printf("%d\n", (int)top.size() < k ? -1 : *top.begin());
    }
    return 0;
}
