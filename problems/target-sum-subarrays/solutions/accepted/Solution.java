import java.util.*;

class Solution {
    public long targetSumSubarrays(int[] nums, long target) {
        // seen: prefix sum -> how many prefixes (including the empty one) have it
        HashMap<Long, Integer> seen = new HashMap<>(2 * nums.length + 2);
        seen.put(0L, 1);
        long prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            Integer c = seen.get(prefix - target);
            if (c != null) count += c;
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
