// Classic two-pointer merge: O(n + m).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> a(n), b(m);
    for (auto &x : a) scanf("%d", &x);
    for (auto &x : b) scanf("%d", &x);
    vector<int> out;
    out.reserve(n + m);
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] <= b[j]) out.push_back(a[i++]);
        else out.push_back(b[j++]);
    }
    while (i < n) out.push_back(a[i++]);
    while (j < m) out.push_back(b[j++]);
    string s;
    s.reserve(out.size() * 12);
    char buf[16];
    for (size_t k = 0; k < out.size(); k++) {
        if (k) s += ' ';
        int len = snprintf(buf, sizeof buf, "%d", out[k]);
        s.append(buf, len);
    }
    s += '\n';
    fwrite(s.data(), 1, s.size(), stdout);
    return 0;
}
