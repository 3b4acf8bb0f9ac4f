"""Generator for top-words: python3 gen.py SEED prints one test.

All tests have 10^5 words. The shape depends on SEED % 8:
  0  a vocabulary of 500 random words drawn uniformly (many ties), random k
  1  10^5 distinct words (every count is 1), k = d: the answer is the whole
     vocabulary in alphabetical order
  2  skewed frequencies over a vocabulary of 30000 words, random k
  3  every word occurs exactly twice (5 * 10^4 distinct), k = d
  4  words over the letters a and b only (many prefixes of each other), with
     counts 1 to 3, k = d
  5  groups of equally frequent words whose members first appear in reverse
     alphabetical order, k = d
  6  one word fills half the list, the rest are mostly distinct, k = d
  7  length-10 words sharing an 8-letter prefix, counts 1 to 4, random k

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= len(words) <= N (tiny lists are common), words drawn from a small
vocabulary over "a"/"ab"/"abc" of lengths 1 to 3 (many repeats, ties and
prefixes), k random in [1, d]; in about 1 test of 5 the vocabulary is random
words of 1 to 10 letters over the whole alphabet, including 10-letter ones. The
same SEED and N always print the same test.
"""
import itertools
import json
import random
import string
import sys

N = 100000
LET = string.ascii_lowercase


def max_n_arg():
    """N from `--max-n N` after SEED, or None when it is not given."""
    rest = sys.argv[2:]
    if not rest:
        return None
    if len(rest) != 2 or rest[0] != "--max-n" or int(rest[1]) < 1:
        sys.exit("usage: gen.py SEED [--max-n N]   (N >= 1)")
    return int(rest[1])


def size(r, lo, hi):
    """A size in [lo, hi], small ones more likely."""
    hi = max(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def small(r, max_n):
    n = size(r, 1, min(max_n, N))
    if r.random() < 0.2:
        vocab = [rand_word(r) for _ in range(r.randint(1, 6))] + ["z" * 10, "a"]
    else:
        letters = r.choice(["a", "ab", "abc"])
        vocab = [
            "".join(r.choice(letters) for _ in range(r.randint(1, 3)))
            for _ in range(r.randint(1, 6))
        ]
    words = [r.choice(vocab) for _ in range(n)]
    k = r.randint(1, len(set(words)))
    assert 1 <= len(words) <= N and 1 <= k <= len(set(words))
    assert all(1 <= len(w) <= 10 for w in words)
    return json.dumps(words, separators=(",", ":")) + "\n" + str(k) + "\n"


def rand_word(r, lo=1, hi=10):
    return "".join(r.choice(LET) for _ in range(r.randint(lo, hi)))


def distinct_words(r, m, lo=1, hi=10):
    seen = set()
    out = []
    while len(out) < m:
        w = rand_word(r, lo, hi)
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        vocab = distinct_words(r, 500)
        words = [r.choice(vocab) for _ in range(N)]
        k = r.randint(1, len(set(words)))
    elif shape == 1:
        words = distinct_words(r, N)
        k = N
    elif shape == 2:
        vocab = distinct_words(r, 30000)
        weights = [1.0 / (i + 1) for i in range(len(vocab))]
        words = r.choices(vocab, weights=weights, k=N)
        k = r.randint(1, len(set(words)))
    elif shape == 3:
        vocab = distinct_words(r, N // 2)
        words = vocab + vocab
        r.shuffle(words)
        k = N // 2
    elif shape == 4:
        vocab = ["".join(p) for n in range(1, 11) for p in itertools.product("ab", repeat=n)]
        words = []
        for w in vocab:
            words.extend([w] * r.randint(1, 3))
        while len(words) < N:
            words.append(r.choice(vocab))
        r.shuffle(words)
        k = len(set(words))
    elif shape == 5:
        # groups of 200 words; all words of a group get the same count c,
        # and they are appended in reverse alphabetical order
        vocab = distinct_words(r, 40000)
        words = []
        vi = 0
        c = 1
        while len(words) < N and vi < len(vocab):
            group = sorted(vocab[vi:vi + 200], reverse=True)
            vi += 200
            for w in group:
                words.extend([w] * c)
            c = c % 4 + 1
        words = words[:N]
        k = len(set(words))
    elif shape == 6:
        big = rand_word(r)
        rest = distinct_words(r, N // 2 - 1000)
        rest = [w for w in rest if w != big]
        words = [big] * (N // 2) + rest
        while len(words) < N:
            words.append(r.choice(rest))
        r.shuffle(words)
        k = len(set(words))
    else:
        pre = rand_word(r, 8, 8)
        vocab = [pre + a + b for a in LET for b in LET]
        words = []
        while len(words) < N:
            words.extend([r.choice(vocab)] * r.randint(1, 4))
        words = words[:N]
        r.shuffle(words)
        k = r.randint(1, len(set(words)))
    assert len(words) == N and 1 <= k <= len(set(words))
    assert all(1 <= len(w) <= 10 for w in words)
    sys.stdout.write(json.dumps(words, separators=(",", ":")) + "\n" + str(k) + "\n")


main()
