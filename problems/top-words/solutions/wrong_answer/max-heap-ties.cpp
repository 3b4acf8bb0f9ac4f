// Wrong: a max-heap of (count, word) pops the most frequent word first, but
// among equal counts it pops the alphabetically LARGEST word first.
class Solution {
public:
    vector<string> topWords(vector<string>& words, int k) {
        unordered_map<string, int> count;
        for (const string& w : words) count[w]++;
        priority_queue<pair<int, string>> heap;
        for (auto& [w, c] : count) heap.emplace(c, w);
        vector<string> result;
        for (int i = 0; i < k; i++) {
            result.push_back(heap.top().second);
            heap.pop();
        }
        return result;
    }
};
