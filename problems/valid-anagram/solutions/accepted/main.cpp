// Letter counting: +1 for each letter of s, -1 for each letter of t.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    if (s.size() != t.size()) {
        puts("NO");
        return 0;
    }
    array<int, 26> cnt{};
    for (char c : s) cnt[c - 'a']++;
    for (char c : t) cnt[c - 'a']--;
    bool ok = all_of(cnt.begin(), cnt.end(), [](int v) { return v == 0; });
    puts(ok ? "YES" : "NO");
    return 0;
}
