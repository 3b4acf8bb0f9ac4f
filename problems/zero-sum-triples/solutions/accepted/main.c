static int cmp_int(const void* p, const void* q) {
    int x = *(const int*)p, y = *(const int*)q;
    return (x > y) - (x < y);
}

int** zero_sum_triples(int* nums, int nums_size, int* return_size, int** return_column_sizes) {
    int n = nums_size;
    int* a = malloc(sizeof(int) * (n > 0 ? n : 1));
    memcpy(a, nums, sizeof(int) * n);
    qsort(a, n, sizeof(int), cmp_int);
    int cap = 16, cnt = 0;
    int** out = malloc(sizeof(int*) * cap);
    for (int i = 0; i + 2 < n; i++) {
        if (a[i] > 0) break;                    /* the two larger values are positive too */
        if (i > 0 && a[i] == a[i - 1]) continue; /* this smallest value was already handled */
        int need = -a[i];
        int lo = i + 1, hi = n - 1;
        while (lo < hi) {
            int s = a[lo] + a[hi];
            if (s < need) {
                lo++;
            } else if (s > need) {
                hi--;
            } else {
                int y = a[lo], z = a[hi];
                if (cnt == cap) {
                    cap *= 2;
                    out = realloc(out, sizeof(int*) * cap);
                }
                int* t = malloc(sizeof(int) * 3);
                t[0] = a[i];
                t[1] = y;
                t[2] = z;
                out[cnt++] = t;
                while (lo < hi && a[lo] == y) lo++;
                while (lo < hi && a[hi] == z) hi--;
            }
        }
    }
    free(a);
    int* cols = malloc(sizeof(int) * (cnt > 0 ? cnt : 1));
    for (int k = 0; k < cnt; k++) cols[k] = 3;
    *return_size = cnt;
    *return_column_sizes = cols;
    return out;
}
