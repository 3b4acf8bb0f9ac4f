// Mistake: correct algorithm, but profits are accumulated in 32-bit int.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<array<int, 3>> job(n);
    for (auto &j : job) scanf("%d %d %d", &j[1], &j[0], &j[2]);
    sort(job.begin(), job.end());
    vector<int> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; i++) ends[i] = job[i][0];
    for (int i = 0; i < n; i++) {
        int j = upper_bound(ends.begin(), ends.end(), job[i][1]) - ends.begin();
        best[i + 1] = max(best[i], best[j] + job[i][2]);
    }
    printf("%d\n", best[n]);
    return 0;
}
