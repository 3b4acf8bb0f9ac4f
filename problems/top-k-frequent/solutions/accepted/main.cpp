// Count with sort + runs, then sort the (value, count) pairs by count
// descending and value ascending. O(n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    sort(a.begin(), a.end());
    vector<pair<int, int>> vc;  // (value, count)
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && a[j] == a[i]) j++;
        vc.push_back({a[i], j - i});
        i = j;
    }
    // stable sort keeps the ascending value order inside equal counts
    stable_sort(vc.begin(), vc.end(),
                [](const pair<int, int> &x, const pair<int, int> &y) { return x.second > y.second; });
    string out;
    for (int i = 0; i < k; i++) {
        if (i) out += ' ';
        out += to_string(vc[i].first);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
