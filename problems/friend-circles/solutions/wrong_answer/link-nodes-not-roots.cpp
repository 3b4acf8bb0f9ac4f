// WRONG: on union it sets parent[a] = b directly instead of linking the two
// ROOTS, so a's old circle can be cut off from a.
#include <bits/stdc++.h>
using namespace std;

vector<int> p;
int find(int x) { while (p[x] != x) x = p[x]; return x; }

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    p.resize(n + 1);
    iota(p.begin(), p.end(), 0);
    int groups = n;
    char op[8];
    while (q--) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        if (op[0] == 'u') {
            if (find(a) != find(b)) {
                p[a] = b;
                groups--;
            }
        } else {
            puts(find(a) == find(b) ? "YES" : "NO");
        }
    }
    printf("%d\n", groups);
    return 0;
}
