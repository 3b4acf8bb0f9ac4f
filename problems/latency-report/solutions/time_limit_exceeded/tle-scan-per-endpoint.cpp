// Naive: for every distinct endpoint, scan the whole log again to collect its
// latencies. O(n * E), quadratic when there are many distinct endpoints.
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<std::string> name(n);
    std::vector<int> lat(n);
    char ts[64], ep[64];
    for (int i = 0; i < n; i++) {
        scanf("%63s %63s %d", ts, ep, &lat[i]);
        name[i] = ep;
    }
    std::set<std::string> endpoints(name.begin(), name.end());
    for (const std::string &e : endpoints) {
        std::vector<int> v;
        long long sum = 0;
        for (int i = 0; i < n; i++)
            if (name[i] == e) {
                v.push_back(lat[i]);
                sum += lat[i];
            }
        std::sort(v.begin(), v.end());
        long long c = v.size();
        long long rank = (95 * c + 99) / 100;
        printf("%s %lld %.3f %d\n", e.c_str(), c, (double)sum / c, v[rank - 1]);
    }
}
