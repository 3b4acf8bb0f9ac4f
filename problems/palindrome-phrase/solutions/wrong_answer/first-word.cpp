// Mistake: reads the input with cin >> s, which stops at the first space, so
// only the first word of the line is checked.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int i = 0, j = (int)s.size() - 1;
    while (i < j) {
        if (!isalnum((unsigned char)s[i])) { i++; continue; }
        if (!isalnum((unsigned char)s[j])) { j--; continue; }
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[j])) {
            puts("NO");
            return 0;
        }
        i++;
        j--;
    }
    puts("YES");
    return 0;
}
