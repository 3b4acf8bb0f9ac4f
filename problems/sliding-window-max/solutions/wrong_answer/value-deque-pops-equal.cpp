// Mistake: the deque stores values instead of indices and also pops equal
// values from the back. When the value leaving the window equals the front,
// the front is removed even though it was a later copy still in the window.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    deque<int> dq;
    vector<int> res;
    for (int i = 0; i < n; i++) {
        while (!dq.empty() && dq.back() <= a[i]) dq.pop_back();
        dq.push_back(a[i]);
        if (i >= k && !dq.empty() && dq.front() == a[i - k]) dq.pop_front();
        if (i >= k - 1) res.push_back(dq.empty() ? a[i] : dq.front());
    }
    for (size_t i = 0; i < res.size(); i++) printf(i ? " %d" : "%d", res[i]);
    printf("\n");
    return 0;
}
