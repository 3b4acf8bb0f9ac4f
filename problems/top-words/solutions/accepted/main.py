class Solution:
    def top_words(self, words: List[str], k: int) -> List[str]:
        count = {}
        for w in words:
            count[w] = count.get(w, 0) + 1
        order = sorted(count, key=lambda w: (-count[w], w))
        return order[:k]
