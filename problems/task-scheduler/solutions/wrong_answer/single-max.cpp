// Mistake: only accounts for one most frequent type (adds 1 instead of k),
// so ties for the maximum count are undercounted.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, c;
    scanf("%lld %lld", &n, &c);
    static char s[200005];
    scanf("%200004s", s);
    long long cnt[26] = {0};
    for (int i = 0; i < n; i++) cnt[s[i] - 'A']++;
    long long f = *max_element(cnt, cnt + 26);
    printf("%lld\n", max(n, (f - 1) * (c + 1) + 1));
    return 0;
}
