class Solution {
public:
    void sinkZeros(vector<int>& nums) {
        // Mistake: each zero is swapped with the last element not yet settled.
        // All zeros do end up at the back, but the readings pulled forward from
        // the end land in the wrong order.
        int i = 0, end = (int)nums.size() - 1;
        while (i <= end) {
            if (nums[i] == 0) {
                swap(nums[i], nums[end]);
                end--;
            } else {
                i++;
            }
        }
    }
};
