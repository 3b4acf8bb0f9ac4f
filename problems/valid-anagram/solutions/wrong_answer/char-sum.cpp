// Mistake: a "hash" that is just the length and the sum of the letter codes.
// Different multisets can have the same sum, e.g. "ad" and "bc".
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    cin >> s >> t;
    long long a = 0, b = 0;
    for (char c : s) a += c;
    for (char c : t) b += c;
    puts(s.size() == t.size() && a == b ? "YES" : "NO");
    return 0;
}
