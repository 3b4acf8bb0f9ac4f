void sink_zeros(int* nums, int nums_size) {
    int w = 0;
    for (int i = 0; i < nums_size; i++) {
        if (nums[i] != 0) nums[w++] = nums[i];
    }
    while (w < nums_size) nums[w++] = 0;
}
