bool equal_halves(int* nums, int nums_size) {
    int total = 0;
    for (int i = 0; i < nums_size; i++) total += nums[i];
    if (total % 2 != 0) return false;
    int half = total / 2;
    /* reach[s]: some group of the numbers seen so far sums to s */
    char* reach = calloc(half + 1, 1);
    reach[0] = 1;
    for (int i = 0; i < nums_size; i++) {
        int x = nums[i];
        for (int s = half; s >= x; s--) {
            if (reach[s - x]) reach[s] = 1;
        }
    }
    bool ok = reach[half] != 0;
    free(reach);
    return ok;
}
