class Solution {
    public char firstRepeatChar(String s) {
        boolean[] seen = new boolean[128];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (seen[c]) return c;
            seen[c] = true;
        }
        return '#';
    }
}
