// Wrong: skips repeated values for the two inner pointers but not for the
// first one, so [-1, -1, 0, 1] lists [-1, 0, 1] twice.
class Solution {
public:
    vector<vector<int>> zeroSumTriples(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        vector<vector<int>> out;
        for (int i = 0; i + 2 < n; i++) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s < 0) {
                    lo++;
                } else if (s > 0) {
                    hi--;
                } else {
                    out.push_back({a[i], a[lo], a[hi]});
                    int y = a[lo], z = a[hi];
                    while (lo < hi && a[lo] == y) lo++;
                    while (lo < hi && a[hi] == z) hi--;
                }
            }
        }
        return out;
    }
};
