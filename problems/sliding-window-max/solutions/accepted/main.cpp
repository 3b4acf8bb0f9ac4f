// Monotonic deque of indices, values strictly decreasing from front to back.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    vector<int> dq(n);  // deque stored in an array: [head, tail)
    int head = 0, tail = 0;
    string out;
    out.reserve((size_t)(n - k + 1) * 12);
    char buf[16];
    for (int i = 0; i < n; i++) {
        while (tail > head && a[dq[tail - 1]] <= a[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;  // front index left the window
        if (i >= k - 1) {
            int len = snprintf(buf, sizeof buf, i == k - 1 ? "%d" : " %d", a[dq[head]]);
            out.append(buf, len);
        }
    }
    out.push_back('\n');
    fputs(out.c_str(), stdout);
    return 0;
}
