// Two pointers from both ends, skipping characters that are not letters or
// digits and comparing the rest case-insensitively. O(|s|).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    getline(cin, s);  // the whole line: spaces are part of it
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
