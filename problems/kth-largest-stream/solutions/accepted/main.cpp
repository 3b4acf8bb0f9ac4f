// Min-heap holding the k largest values seen so far; its top is the answer.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    priority_queue<int, vector<int>, greater<int>> heap;
    string out;
    out.reserve(n * 12);
    char buf[16];
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        if ((int)heap.size() < k) {
            heap.push(x);
        } else if (x > heap.top()) {
            heap.pop();
            heap.push(x);
        }
        int len = snprintf(buf, sizeof buf, "%d\n", (int)heap.size() < k ? -1 : heap.top());
        out.append(buf, len);
    }
    fputs(out.c_str(), stdout);
    return 0;
}
