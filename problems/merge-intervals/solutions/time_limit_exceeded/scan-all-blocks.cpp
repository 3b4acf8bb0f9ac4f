// Correct but slow: no sorting up front. Every new interval is compared with
// all blocks built so far and absorbs the ones it meets. O(n * m), i.e.
// O(n^2) when most intervals stay disjoint.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> blocks;
    for (int i = 0; i < n; i++) {
        long long l, r;
        scanf("%lld %lld", &l, &r);
        vector<pair<long long, long long>> keep;
        keep.reserve(blocks.size() + 1);
        for (auto &b : blocks) {
            if (b.first <= r && l <= b.second) {
                l = min(l, b.first);
                r = max(r, b.second);
            } else {
                keep.push_back(b);
            }
        }
        keep.push_back({l, r});
        blocks.swap(keep);
    }
    sort(blocks.begin(), blocks.end());
    printf("%zu\n", blocks.size());
    for (auto &p : blocks) printf("%lld %lld\n", p.first, p.second);
    return 0;
}
