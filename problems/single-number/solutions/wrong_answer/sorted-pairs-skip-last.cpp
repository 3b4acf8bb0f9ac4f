// WRONG: sorts and checks pairs (a[i], a[i+1]), but the loop never inspects the
// last element on its own, so nothing is printed when the lonely value is the largest.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    sort(a.begin(), a.end());
    for (int i = 0; i + 1 < n; i += 2) {
        if (a[i] != a[i + 1]) {
            printf("%d\n", a[i]);
            return 0;
        }
    }
    return 0;
}
