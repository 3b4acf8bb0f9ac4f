// Count every letter first, then return the first position whose letter has
// count exactly 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    int ans = -1;
    for (int i = 0; i < (int)s.size(); i++) {
        if (cnt[s[i] - 'a'] == 1) { ans = i; break; }
    }
    printf("%d\n", ans);
    return 0;
}
