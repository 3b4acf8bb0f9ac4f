// Mistake: takes the element at 0-based index floor(0.95 * c), one position too
// far whenever 95c/100 is an integer (c = 20 gives the maximum instead of the
// 19th value).
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
        int c = v.size();
        int idx = std::min(c - 1, (int)(0.95 * c));
        printf("%s %d %.3f %d\n", name.c_str(), c, (double)sum / c, v[idx]);
    }
}
