// Wrong: the right algorithm, but the count is a 32-bit int. With every
// number 0 and target 0 there are n(n+1)/2 (about 5 * 10^9) stretches, which
// wraps around.
class Solution {
public:
    long long targetSumSubarrays(vector<int>& nums, long long target) {
        unordered_map<long long, int> seen;
        seen[0] = 1;
        long long prefix = 0;
        int count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - target);
            if (it != seen.end()) count += it->second;
            seen[prefix]++;
        }
        return count;
    }
};
