// Correct but slow: appends the new score and sorts everything again after
// every arrival. O(n^2 log n) in total.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> all;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        all.push_back(x);
        sort(all.begin(), all.end(), greater<int>());
        printf("%d\n", (int)all.size() < k ? -1 : all[k - 1]);
    }
    return 0;
}
