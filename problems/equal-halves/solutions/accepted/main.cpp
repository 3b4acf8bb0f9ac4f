class Solution {
public:
    bool equalHalves(vector<int>& nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        int half = total / 2;
        // reach[s]: some group of the numbers seen so far sums to s
        bitset<10001> reach;
        reach[0] = 1;
        for (int x : nums) reach |= reach << x;
        return reach[half];
    }
};
