class Solution {
public:
    vector<string> topWords(vector<string>& words, int k) {
        unordered_map<string, int> count;
        count.reserve(words.size() * 2);
        for (const string& w : words) count[w]++;
        vector<pair<int, string>> items;  // (-count, word): plain ascending sort
        items.reserve(count.size());
        for (auto& [w, c] : count) items.emplace_back(-c, w);
        sort(items.begin(), items.end());
        vector<string> result;
        result.reserve(k);
        for (int i = 0; i < k; i++) result.push_back(items[i].second);
        return result;
    }
};
