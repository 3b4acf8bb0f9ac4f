# Wrong: Counter.most_common keeps equally frequent words in the order they
# first appeared in the list, not in alphabetical order.
from collections import Counter


class Solution:
    def top_words(self, words: List[str], k: int) -> List[str]:
        return [w for w, _ in Counter(words).most_common(k)]
