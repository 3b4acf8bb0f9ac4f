// Mistake: a character is declared unique when it does not occur again LATER,
// forgetting to check the earlier part of the string. "abca" prints 1
// correctly, but "abab" prints 2 instead of -1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size();
    vector<int> seenLater(26, 0);
    int ans = -1;
    // scan from the right: the last position with an unseen letter so far,
    // and keep the leftmost such position
    for (int i = n - 1; i >= 0; i--) {
        if (!seenLater[s[i] - 'a']) ans = i;
        seenLater[s[i] - 'a'] = 1;
    }
    printf("%d\n", ans);
    return 0;
}
