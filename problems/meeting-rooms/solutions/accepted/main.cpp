// Sweep over sorted start and end times. A meeting ending at t frees its room
// before a meeting starting at t needs one, hence "ends[j] <= starts[i]".
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> starts(n), ends(n);
    for (int i = 0; i < n; i++) scanf("%d %d", &starts[i], &ends[i]);
    sort(starts.begin(), starts.end());
    sort(ends.begin(), ends.end());
    int best = 0, j = 0;
    for (int i = 0; i < n; i++) {
        while (j < n && ends[j] <= starts[i]) j++;
        best = max(best, i + 1 - j);  // meetings started minus meetings finished
    }
    printf("%d\n", best);
    return 0;
}
