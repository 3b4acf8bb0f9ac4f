// Mistake: divides two integers before converting to double, so the mean is
// truncated (98.333 becomes 98.000).
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::map<std::string, std::vector<int>> groups;
    char ts[64], ep[64];
    int lat;
    for (int i = 0; i < n; i++) {
        scanf("%63s %63s %d", ts, ep, &lat);
        groups[ep].push_back(lat);
    }
    for (auto &[name, v] : groups) {
        std::sort(v.begin(), v.end());
        long long sum = 0;
        for (int x : v) sum += x;
        long long c = v.size();
        double mean = sum / c;
        long long rank = (95 * c + 99) / 100;
        printf("%s %lld %.3f %d\n", name.c_str(), c, mean, v[rank - 1]);
    }
}
