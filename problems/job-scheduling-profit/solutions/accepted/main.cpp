// Weighted interval scheduling. Sort by end; best[i] = max profit with the
// first i jobs. Job i combines with best[j], where j = number of jobs whose
// end is <= s_i (upper_bound, half-open intervals). O(n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<array<long long, 3>> job(n);  // {end, start, profit}
    for (auto &j : job) scanf("%lld %lld %lld", &j[1], &j[0], &j[2]);
    sort(job.begin(), job.end());
    vector<long long> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; i++) ends[i] = job[i][0];
    for (int i = 0; i < n; i++) {
        int j = upper_bound(ends.begin(), ends.end(), job[i][1]) - ends.begin();
        best[i + 1] = max(best[i], best[j] + job[i][2]);
    }
    printf("%lld\n", best[n]);
    return 0;
}
