class Solution {
public:
    char firstRepeatChar(string s) {
        array<bool, 256> seen{};
        for (unsigned char c : s) {
            if (seen[c]) return (char)c;
            seen[c] = true;
        }
        return '#';
    }
};
