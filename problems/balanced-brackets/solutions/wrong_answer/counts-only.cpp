// Mistake: keeps one running balance per bracket kind and only checks that it
// never goes negative and ends at zero. Crossing pairs like "([)]" pass.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    long long a = 0, b = 0, c = 0;
    bool ok = true;
    for (char ch : s) {
        if (ch == '(') a++;
        else if (ch == ')') a--;
        else if (ch == '[') b++;
        else if (ch == ']') b--;
        else if (ch == '{') c++;
        else if (ch == '}') c--;
        if (a < 0 || b < 0 || c < 0) ok = false;
    }
    if (a || b || c) ok = false;
    puts(ok ? "YES" : "NO");
    return 0;
}
