// Mistake: correct merge sort, but the counter is a 32-bit int. With
// n = 2*10^5 the number of inversions can be about 2*10^10 and it overflows.
#include <bits/stdc++.h>
using namespace std;

vector<int> a, tmp;

int sortCount(int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    int cnt = sortCount(lo, mid) + sortCount(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) tmp[k++] = a[i++];
        else {
            cnt += mid - i;
            tmp[k++] = a[j++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (int t = lo; t < hi; t++) a[t] = tmp[t];
    return cnt;
}

int main() {
    int n;
    scanf("%d", &n);
    a.resize(n);
    tmp.resize(n);
    for (auto &x : a) scanf("%d", &x);
    printf("%d\n", sortCount(0, n));
    return 0;
}
