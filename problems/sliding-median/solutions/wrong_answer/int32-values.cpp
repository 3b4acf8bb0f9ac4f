// Mistake: stores the values in 32-bit ints. The algorithm (two multisets
// holding the lower and upper halves) is right, but values beyond +-2^31
// are mangled.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> a(n);
    for (auto &x : a) {
        long long v;
        scanf("%lld", &v);
        x = (int)v;  // truncates
    }
    multiset<int> low, high;  // low holds the (k + 1) / 2 smallest
    auto rebalance = [&]() {
        while (low.size() > (size_t)(k + 1) / 2) {
            high.insert(*prev(low.end()));
            low.erase(prev(low.end()));
        }
        while (low.size() < (size_t)(k + 1) / 2 && !high.empty()) {
            low.insert(*high.begin());
            high.erase(high.begin());
        }
    };
    string out;
    for (int i = 0; i < n; i++) {
        if (low.empty() || a[i] <= *prev(low.end())) low.insert(a[i]);
        else high.insert(a[i]);
        if (i >= k) {
            int old = a[i - k];
            if (old <= *prev(low.end())) low.erase(low.find(old));
            else high.erase(high.find(old));
        }
        rebalance();
        if (i >= k - 1) {
            if (i >= k) out += ' ';
            out += to_string(*prev(low.end()));
        }
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
