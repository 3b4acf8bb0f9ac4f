// Mistake: the formula is right but computed in 32-bit int, which overflows
// when (f - 1) * (c + 1) exceeds 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, c;
    scanf("%d %d", &n, &c);
    static char s[200005];
    scanf("%200004s", s);
    int cnt[26] = {0};
    for (int i = 0; i < n; i++) cnt[s[i] - 'A']++;
    int f = *max_element(cnt, cnt + 26), k = 0;
    for (int t = 0; t < 26; t++) k += (cnt[t] == f);
    printf("%d\n", max(n, (f - 1) * (c + 1) + k));
    return 0;
}
