function topWords(words, k) {
    const count = new Map();
    for (const w of words) count.set(w, (count.get(w) || 0) + 1);
    const distinct = Array.from(count.keys());
    distinct.sort((a, b) => {
        const d = count.get(b) - count.get(a);
        if (d !== 0) return d;
        return a < b ? -1 : a > b ? 1 : 0;
    });
    return distinct.slice(0, k);
}
