// Correct but slow: checks every pair i < j. O(n^2), about 2*10^10 comparisons
// for n = 2*10^5.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    long long cnt = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] > a[j]) cnt++;
    printf("%lld\n", cnt);
    return 0;
}
