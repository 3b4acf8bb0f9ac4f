import java.util.*;

class Solution {
    public String[] topWords(String[] words, int k) {
        HashMap<String, Integer> count = new HashMap<>();
        for (String w : words) count.merge(w, 1, Integer::sum);
        List<String> distinct = new ArrayList<>(count.keySet());
        distinct.sort((a, b) -> {
            int ca = count.get(a), cb = count.get(b);
            if (ca != cb) return Integer.compare(cb, ca);
            return a.compareTo(b);
        });
        String[] result = new String[k];
        for (int i = 0; i < k; i++) result[i] = distinct.get(i);
        return result;
    }
}
