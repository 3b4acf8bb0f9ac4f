// Mistake: upper_bound instead of lower_bound. An element equal to a tail is
// appended after it, so this computes the longest NON-decreasing subsequence.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> tail;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        auto it = upper_bound(tail.begin(), tail.end(), x);
        if (it == tail.end()) tail.push_back(x);
        else *it = x;
    }
    printf("%zu\n", tail.size());
    return 0;
}
