// Disjoint-set union with union by size and path halving.
#include <bits/stdc++.h>
using namespace std;

vector<int> parent_, sz;

int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    parent_.resize(n + 1);
    sz.assign(n + 1, 1);
    iota(parent_.begin(), parent_.end(), 0);
    int groups = n;
    string out;
    char op[8];
    for (int i = 0; i < q; i++) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        int ra = find(a), rb = find(b);
        if (op[0] == 'u') {
            if (ra != rb) {
                if (sz[ra] < sz[rb]) swap(ra, rb);
                parent_[rb] = ra;
                sz[ra] += sz[rb];
                groups--;
            }
        } else {
            out += (ra == rb) ? "YES\n" : "NO\n";
        }
    }
    out += to_string(groups) + "\n";
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
