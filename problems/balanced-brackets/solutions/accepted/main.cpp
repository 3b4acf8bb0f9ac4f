// Stack of open brackets: every closing bracket must match the most recent
// bracket that is still open, and nothing may stay open at the end.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    vector<char> st;
    bool ok = true;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            st.push_back(c);
        } else if (c == ')' || c == ']' || c == '}') {
            char want = c == ')' ? '(' : (c == ']' ? '[' : '{');
            if (st.empty() || st.back() != want) { ok = false; break; }
            st.pop_back();
        }
    }
    if (!st.empty()) ok = false;
    puts(ok ? "YES" : "NO");
    return 0;
}
