function sinkZeros(nums) {
    let w = 0;
    for (let i = 0; i < nums.length; i++) {
        if (nums[i] !== 0) {
            const t = nums[w];
            nums[w] = nums[i];
            nums[i] = t;
            w++;
        }
    }
}
