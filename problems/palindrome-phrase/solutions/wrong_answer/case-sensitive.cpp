// Mistake: forgets to ignore case, so "Aa" is judged not to be a palindrome.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    getline(cin, s);
    int i = 0, j = (int)s.size() - 1;
    while (i < j) {
        if (!isalnum((unsigned char)s[i])) { i++; continue; }
        if (!isalnum((unsigned char)s[j])) { j--; continue; }
        if (s[i] != s[j]) {
            puts("NO");
            return 0;
        }
        i++;
        j--;
    }
    puts("YES");
    return 0;
}
