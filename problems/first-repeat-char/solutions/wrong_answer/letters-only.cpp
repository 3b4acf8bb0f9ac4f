// Wrong: tracks only the 26 letters and skips anything else, forgetting that
// bay codes may also be digits. In "a1b1a" it returns 'a' instead of '1'.
class Solution {
public:
    char firstRepeatChar(string s) {
        bool seen[26] = {false};
        for (char c : s) {
            if (c < 'a' || c > 'z') continue;
            if (seen[c - 'a']) return c;
            seen[c - 'a'] = true;
        }
        return '#';
    }
};
