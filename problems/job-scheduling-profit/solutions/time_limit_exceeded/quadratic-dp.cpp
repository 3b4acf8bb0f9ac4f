// Correct but slow: after sorting by end, for every job scans all earlier jobs
// for the best compatible predecessor. O(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<array<long long, 3>> job(n);
    for (auto &j : job) scanf("%lld %lld %lld", &j[1], &j[0], &j[2]);
    sort(job.begin(), job.end());
    vector<long long> best(n, 0);  // best schedule whose last job is i
    long long answer = 0;
    for (int i = 0; i < n; i++) {
        long long prev = 0;
        for (int j = 0; j < i; j++)
            if (job[j][0] <= job[i][1] && best[j] > prev) prev = best[j];
        best[i] = prev + job[i][2];
        answer = max(answer, best[i]);
    }
    printf("%lld\n", answer);
    return 0;
}
