// Top-down merge sort with a boundary slip: the halves are sorted as [lo, mid) and
// [mid + 1, hi), but merged as [lo, mid) and [mid, hi), so the stone at mid is never
// sorted into its half and the merge trusts an unsorted run.
#include <iostream>
#include <string>
#include <vector>
using namespace std;

static bool lighter(int i, int j) {
    cout << "? " << i << ' ' << j << endl;
    string reply;
    if (!(cin >> reply)) exit(0);
    return reply == "<";
}

static vector<int> a, tmp;

static void sort_range(int lo, int hi) {  // half-open [lo, hi)
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    sort_range(lo, mid);
    sort_range(mid + 1, hi);  // bug: should be sort_range(mid, hi)
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = lighter(a[j], a[i]) ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = tmp[k];
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    a.resize(n);
    tmp.resize(n);
    for (int i = 0; i < n; i++) a[i] = i + 1;
    sort_range(0, n);
    cout << '!';
    for (int x : a) cout << ' ' << x;
    cout << endl;
    return 0;
}
