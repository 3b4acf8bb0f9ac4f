// Rank every element by (value, index) so that all ranks are distinct, keep
// the ranks of the current window in a Fenwick tree, and find the
// ((k + 1) / 2)-th smallest with binary lifting. O(n log n).
#include <bits/stdc++.h>
using namespace std;

int n, k, LOG;
vector<int> fw;

void add(int i, int d) {  // 1-based
    for (; i <= n; i += i & -i) fw[i] += d;
}

int kth(int m) {  // smallest position p with prefix count >= m
    int pos = 0;
    for (int step = LOG; step; step >>= 1) {
        if (pos + step <= n && fw[pos + step] < m) {
            pos += step;
            m -= fw[pos];
        }
    }
    return pos + 1;
}

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    vector<int> order(n), rnk(n);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int x, int y) {
        return a[x] != a[y] ? a[x] < a[y] : x < y;
    });
    for (int r = 0; r < n; r++) rnk[order[r]] = r + 1;
    fw.assign(n + 1, 0);
    LOG = 1;
    while (LOG * 2 <= n) LOG *= 2;
    int m = (k + 1) / 2;  // lower median = m-th smallest
    string out;
    for (int i = 0; i < n; i++) {
        add(rnk[i], 1);
        if (i >= k) add(rnk[i - k], -1);
        if (i >= k - 1) {
            if (i >= k) out += ' ';
            out += to_string(a[order[kth(m) - 1]]);
        }
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
