import java.util.*;

class Solution {
    public int[][] zeroSumTriples(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 2 < n; i++) {
            if (a[i] > 0) break;                    // the two larger values are positive too
            if (i > 0 && a[i] == a[i - 1]) continue; // this smallest value was already handled
            int need = -a[i];
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[lo] + a[hi];
                if (s < need) {
                    lo++;
                } else if (s > need) {
                    hi--;
                } else {
                    int y = a[lo], z = a[hi];
                    out.add(new int[] {a[i], y, z});
                    while (lo < hi && a[lo] == y) lo++;
                    while (lo < hi && a[hi] == z) hi--;
                }
            }
        }
        return out.toArray(new int[0][]);
    }
}
