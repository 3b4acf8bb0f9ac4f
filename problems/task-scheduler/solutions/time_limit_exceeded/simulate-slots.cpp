// Correct but slow: simulates the schedule slot by slot. In every slot it
// scans all types for the available one with the most jobs left (a correct
// greedy), otherwise the slot is idle. The number of slots can be ~10^14.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, c;
    scanf("%lld %lld", &n, &c);
    static char s[200005];
    scanf("%200004s", s);
    long long cnt[26] = {0}, nextFree[26] = {0};
    for (int i = 0; i < n; i++) cnt[s[i] - 'A']++;
    long long left = n, t = 0;
    while (left > 0) {
        int best = -1;
        for (int x = 0; x < 26; x++)
            if (cnt[x] > 0 && nextFree[x] <= t && (best < 0 || cnt[x] > cnt[best])) best = x;
        if (best >= 0) {
            cnt[best]--;
            left--;
            nextFree[best] = t + c + 1;
        }
        t++;
    }
    printf("%lld\n", t);
    return 0;
}
