function zigzagLevels(root) {
    const rows = [];
    let level = root ? [root] : [];
    while (level.length > 0) {
        const row = level.map((node) => node.val);
        // Levels 1, 3, 5, ... are read right to left.
        if (rows.length % 2 === 1) row.reverse();
        rows.push(row);
        const below = [];
        for (const node of level) {
            if (node.left) below.push(node.left);
            if (node.right) below.push(node.right);
        }
        level = below;
    }
    return rows;
}
