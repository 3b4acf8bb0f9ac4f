function equalHalves(nums) {
    let total = 0;
    for (const x of nums) total += x;
    if (total % 2 !== 0) return false;
    const half = total / 2;
    // reach[s] === 1: some group of the numbers seen so far sums to s
    const reach = new Uint8Array(half + 1);
    reach[0] = 1;
    for (const x of nums) {
        for (let s = half; s >= x; s--) {
            if (reach[s - x]) reach[s] = 1;
        }
    }
    return reach[half] === 1;
}
