// Correct but exponential: tries to put every item in or out of the first
// group, pruning only when the group gets heavier than half. When no split
// exists (e.g. all weights even but half of the total odd) it explores about
// 2^n choices.
class Solution {
    vector<int> w;
    int half;
    bool go(int i, int cur) {
        if (cur == half) return true;
        if (cur > half || i == (int)w.size()) return false;
        return go(i + 1, cur + w[i]) || go(i + 1, cur);
    }
public:
    bool equalHalves(vector<int>& nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        w = nums;
        half = total / 2;
        return go(0, 0);
    }
};
