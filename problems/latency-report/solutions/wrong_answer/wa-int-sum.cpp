// Mistake: accumulates the latency sum in a 32-bit int. With up to 2*10^5
// requests of up to 10^6 ms, the total overflows once it passes 2^31 - 1.
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
        int sum = 0;
        for (int x : v) sum += x;
        int c = v.size();
        int rank = (95 * c + 99) / 100;
        printf("%s %d %.3f %d\n", name.c_str(), c, (double)sum / c, v[rank - 1]);
    }
}
