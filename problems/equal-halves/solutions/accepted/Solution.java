import java.util.*;

class Solution {
    public boolean equalHalves(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        int half = total / 2;
        // reach[s]: some group of the numbers seen so far sums to s
        boolean[] reach = new boolean[half + 1];
        reach[0] = true;
        for (int x : nums) {
            for (int s = half; s >= x; s--) {
                if (reach[s - x]) reach[s] = true;
            }
        }
        return reach[half];
    }
}
