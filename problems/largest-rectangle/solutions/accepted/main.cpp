// Monotonic stack of indices with increasing heights, plus a 0-height sentinel.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n + 1, 0);  // h[n] = 0 is the sentinel
    for (int i = 0; i < n; i++) scanf("%lld", &h[i]);
    vector<int> st;
    st.reserve(n + 1);
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        while (!st.empty() && h[st.back()] >= h[i]) {
            long long height = h[st.back()];
            st.pop_back();
            int left = st.empty() ? -1 : st.back();  // nearest lower bar on the left
            best = max(best, height * (i - left - 1));
        }
        st.push_back(i);
    }
    printf("%lld\n", best);
    return 0;
}
