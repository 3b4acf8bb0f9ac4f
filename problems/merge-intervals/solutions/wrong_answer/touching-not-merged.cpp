// Mistake: uses a strict comparison, so intervals that only touch at one
// point ([1, 2] and [2, 3]) are kept apart.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> iv(n);
    for (auto &p : iv) scanf("%lld %lld", &p.first, &p.second);
    sort(iv.begin(), iv.end());
    vector<pair<long long, long long>> res;
    for (auto &p : iv) {
        if (!res.empty() && p.first < res.back().second)
            res.back().second = max(res.back().second, p.second);
        else
            res.push_back(p);
    }
    printf("%zu\n", res.size());
    for (auto &p : res) printf("%lld %lld\n", p.first, p.second);
    return 0;
}
