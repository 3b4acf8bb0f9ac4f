/* Open-addressing hash table: prefix sum -> how many prefixes have that sum. */
static unsigned long long mix_key(long long k) {
    unsigned long long z = (unsigned long long)k + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

long long target_sum_subarrays(int* nums, int nums_size, long long target) {
    size_t cap = 1;
    while (cap < 2 * (size_t)nums_size + 2) cap <<= 1;
    long long* keys = malloc(cap * sizeof(long long));
    long long* cnt = calloc(cap, sizeof(long long)); /* 0 = empty slot */
    size_t mask = cap - 1;
    long long prefix = 0, count = 0;
    for (int i = -1; i < nums_size; i++) {
        if (i >= 0) {
            prefix += nums[i];
            long long want = prefix - target;
            for (size_t h = mix_key(want) & mask; cnt[h] != 0; h = (h + 1) & mask) {
                if (keys[h] == want) {
                    count += cnt[h];
                    break;
                }
            }
        }
        /* record this prefix (i = -1 records the empty prefix, sum 0) */
        size_t h = mix_key(prefix) & mask;
        while (cnt[h] != 0 && keys[h] != prefix) h = (h + 1) & mask;
        keys[h] = prefix;
        cnt[h]++;
    }
    free(keys);
    free(cnt);
    return count;
}
