// Correct but slow: for every distinct word, counts it by scanning the whole
// list again. O(n * d) string comparisons, about 10^10 when most of the
// 10^5 words are distinct.
class Solution {
public:
    vector<string> topWords(vector<string>& words, int k) {
        vector<string> distinct;
        {
            set<string> s(words.begin(), words.end());
            distinct.assign(s.begin(), s.end());
        }
        vector<pair<int, string>> items;
        for (const string& d : distinct) {
            int c = 0;
            for (const string& w : words)
                if (w == d) c++;
            items.emplace_back(-c, d);
        }
        sort(items.begin(), items.end());
        vector<string> result;
        for (int i = 0; i < k; i++) result.push_back(items[i].second);
        return result;
    }
};
