// Mistake: pops on t[top] <= t[j], so an equally warm day is treated as
// warmer.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> t(n);
    for (auto &x : t) scanf("%lld", &x);
    vector<int> ans(n, 0), st;
    for (int j = 0; j < n; j++) {
        while (!st.empty() && t[st.back()] <= t[j]) {
            ans[st.back()] = j - st.back();
            st.pop_back();
        }
        st.push_back(j);
    }
    for (int i = 0; i < n; i++) printf(i ? " %d" : "%d", ans[i]);
    printf("\n");
    return 0;
}
