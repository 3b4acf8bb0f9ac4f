function targetSumSubarrays(nums, target) {
    // seen: prefix sum -> how many prefixes (including the empty one) have it
    const seen = new Map();
    seen.set(0, 1);
    let prefix = 0;
    let count = 0;
    for (const x of nums) {
        prefix += x;
        const c = seen.get(prefix - target);
        if (c !== undefined) count += c;
        seen.set(prefix, (seen.get(prefix) || 0) + 1);
    }
    return count;
}
