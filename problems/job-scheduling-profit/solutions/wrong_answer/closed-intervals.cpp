// Mistake: treats intervals as closed, so a job ending at t is considered to
// clash with a job starting at t (lower_bound instead of upper_bound).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<array<long long, 3>> job(n);
    for (auto &j : job) scanf("%lld %lld %lld", &j[1], &j[0], &j[2]);
    sort(job.begin(), job.end());
    vector<long long> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; i++) ends[i] = job[i][0];
    for (int i = 0; i < n; i++) {
        int j = lower_bound(ends.begin(), ends.end(), job[i][1]) - ends.begin();
        best[i + 1] = max(best[i], best[j] + job[i][2]);
    }
    printf("%lld\n", best[n]);
    return 0;
}
