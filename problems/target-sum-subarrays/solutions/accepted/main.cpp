class Solution {
public:
    long long targetSumSubarrays(vector<int>& nums, long long target) {
        // seen[p]: how many prefixes (including the empty one) have sum p
        unordered_map<long long, long long> seen;
        seen.reserve(nums.size() * 2 + 2);
        seen[0] = 1;
        long long prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - target);
            if (it != seen.end()) count += it->second;
            seen[prefix]++;
        }
        return count;
    }
};
