function levelAverages(root) {
    const averages = [];
    let level = root ? [root] : [];
    while (level.length > 0) {
        // Sums stay below 2^53 (10^4 values of at most 2^31), so they are exact.
        let sum = 0;
        const below = [];
        for (const node of level) {
            sum += node.val;
            if (node.left) below.push(node.left);
            if (node.right) below.push(node.right);
        }
        averages.push(sum / level.length);
        level = below;
    }
    return averages;
}
