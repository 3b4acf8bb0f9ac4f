// Monotonic stack of days still waiting for a strictly warmer day. Each day is
// pushed and popped at most once: O(n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> t(n);
    for (auto &x : t) scanf("%lld", &x);
    vector<int> ans(n, 0), st;
    st.reserve(n);
    for (int j = 0; j < n; j++) {
        while (!st.empty() && t[st.back()] < t[j]) {
            ans[st.back()] = j - st.back();
            st.pop_back();
        }
        st.push_back(j);
    }
    string out;
    out.reserve(n * 7);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(ans[i]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
