class Solution {
    public void sinkZeros(int[] nums) {
        int w = 0;
        for (int v : nums) {
            if (v != 0) nums[w++] = v;
        }
        while (w < nums.length) nums[w++] = 0;
    }
}
