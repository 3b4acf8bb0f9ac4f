int** zigzag_levels(struct TreeNode* root, int* return_size, int** return_column_sizes) {
    /* Breadth-first: the queue holds the nodes in level order, and the nodes of
       one level are always a contiguous block q[head, end). Odd levels are
       copied out backwards. */
    int cap = 64, head = 0, tail = 0;
    struct TreeNode** q = malloc(cap * sizeof *q);
    int rows_cap = 16, levels = 0;
    int** rows = malloc(rows_cap * sizeof *rows);
    int* sizes = malloc(rows_cap * sizeof *sizes);
    if (root) q[tail++] = root;
    while (head < tail) {
        int end = tail, count = tail - head;
        if (levels == rows_cap) {
            rows_cap *= 2;
            rows = realloc(rows, rows_cap * sizeof *rows);
            sizes = realloc(sizes, rows_cap * sizeof *sizes);
        }
        int* row = malloc(count * sizeof *row);
        for (int i = 0; head < end; head++, i++) {
            struct TreeNode* node = q[head];
            row[levels % 2 == 0 ? i : count - 1 - i] = node->val;
            struct TreeNode* kids[2] = {node->left, node->right};
            for (int k = 0; k < 2; k++) {
                if (!kids[k]) continue;
                if (tail == cap) {
                    cap *= 2;
                    q = realloc(q, cap * sizeof *q);
                }
                q[tail++] = kids[k];
            }
        }
        rows[levels] = row;
        sizes[levels] = count;
        levels++;
    }
    free(q);
    *return_size = levels;
    *return_column_sizes = sizes;
    return rows;
}
