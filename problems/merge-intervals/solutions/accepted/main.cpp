// Sort by left end, sweep while extending the current block. O(n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> iv(n);
    for (auto &p : iv) scanf("%lld %lld", &p.first, &p.second);
    sort(iv.begin(), iv.end());
    vector<pair<long long, long long>> res;
    for (auto &p : iv) {
        if (!res.empty() && p.first <= res.back().second)
            res.back().second = max(res.back().second, p.second);  // shares a point
        else
            res.push_back(p);
    }
    string out = to_string(res.size()) + "\n";
    for (auto &p : res) out += to_string(p.first) + " " + to_string(p.second) + "\n";
    fputs(out.c_str(), stdout);
    return 0;
}
