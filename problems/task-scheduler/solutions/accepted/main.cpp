// Counting argument: with f the largest count and k the number of types having
// it, the most frequent types force a frame of (f-1)(c+1)+k slots, and all
// other jobs fit into its gaps or extend it without idle time.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, c;
    if (scanf("%lld %lld", &n, &c) != 2) return 0;
    static char s[200005];
    scanf("%200004s", s);
    long long cnt[26] = {0};
    for (int i = 0; i < n; i++) cnt[s[i] - 'A']++;
    long long f = *max_element(cnt, cnt + 26), k = 0;
    for (int t = 0; t < 26; t++) k += (cnt[t] == f);
    printf("%lld\n", max(n, (f - 1) * (c + 1) + k));
    return 0;
}
