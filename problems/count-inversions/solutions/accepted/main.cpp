// Merge sort. While merging two sorted halves, every time an element of the
// right half is taken before the remaining elements of the left half, it forms
// an inversion with each of them. Ties take the left element first, so equal
// values never count. The total can reach ~2*10^10: use a 64-bit counter.
#include <bits/stdc++.h>
using namespace std;

static vector<int> a, tmp;

static long long sortCount(int lo, int hi) {  // [lo, hi)
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    long long cnt = sortCount(lo, mid) + sortCount(mid, hi);
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
    copy(tmp.begin() + lo, tmp.begin() + hi, a.begin() + lo);
    return cnt;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    tmp.resize(n);
    for (auto &x : a) scanf("%d", &x);
    printf("%lld\n", sortCount(0, n));
    return 0;
}
