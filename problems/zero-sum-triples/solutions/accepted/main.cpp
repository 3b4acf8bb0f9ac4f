class Solution {
public:
    vector<vector<int>> zeroSumTriples(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        vector<vector<int>> out;
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
                    out.push_back({a[i], y, z});
                    while (lo < hi && a[lo] == y) lo++;
                    while (lo < hi && a[hi] == z) hi--;
                }
            }
        }
        return out;
    }
};
