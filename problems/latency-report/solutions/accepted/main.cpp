// Sort all (endpoint, latency) records once; each endpoint then forms a
// contiguous block whose latencies are already in increasing order.
// O(n log n).
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<std::string, int>> rec(n);
    char ts[64], ep[64];
    for (auto &r : rec) {
        scanf("%63s %63s %d", ts, ep, &r.second);
        r.first = ep;
    }
    std::sort(rec.begin(), rec.end());

    std::string out;
    char buf[128];
    for (int lo = 0; lo < n;) {
        int hi = lo;
        long long sum = 0;
        while (hi < n && rec[hi].first == rec[lo].first) sum += rec[hi++].second;
        long long c = hi - lo;
        long long rank = (95 * c + 99) / 100;  // ceil(95c/100), 1-based
        int p95 = rec[lo + rank - 1].second;
        snprintf(buf, sizeof buf, " %lld %.3f %d\n", c, (double)sum / c, p95);
        out += rec[lo].first;
        out += buf;
        lo = hi;
    }
    fputs(out.c_str(), stdout);
}
