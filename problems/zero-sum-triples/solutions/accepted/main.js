function zeroSumTriples(nums) {
    const a = Int32Array.from(nums).sort();
    const n = a.length;
    const out = [];
    for (let i = 0; i + 2 < n; i++) {
        if (a[i] > 0) break; // the two larger values are positive too
        if (i > 0 && a[i] === a[i - 1]) continue; // this smallest value was already handled
        const need = -a[i];
        let lo = i + 1;
        let hi = n - 1;
        while (lo < hi) {
            const s = a[lo] + a[hi];
            if (s < need) {
                lo++;
            } else if (s > need) {
                hi--;
            } else {
                const y = a[lo];
                const z = a[hi];
                out.push([a[i], y, z]);
                while (lo < hi && a[lo] === y) lo++;
                while (lo < hi && a[hi] === z) hi--;
            }
        }
    }
    return out;
}
