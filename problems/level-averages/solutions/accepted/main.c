double* level_averages(struct TreeNode* root, int* return_size) {
    /* Breadth-first: the queue holds the nodes in level order, and the nodes of
       one level are always a contiguous block q[head, end). */
    int cap = 64, head = 0, tail = 0;
    struct TreeNode** q = malloc(cap * sizeof *q);
    int out_cap = 16, levels = 0;
    double* out = malloc(out_cap * sizeof *out);
    if (root) q[tail++] = root;
    while (head < tail) {
        int end = tail, count = tail - head;
        long long sum = 0; /* a level can hold thousands of values near 2^31 */
        for (; head < end; head++) {
            struct TreeNode* node = q[head];
            sum += node->val;
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
        if (levels == out_cap) {
            out_cap *= 2;
            out = realloc(out, out_cap * sizeof *out);
        }
        out[levels++] = (double)sum / count;
    }
    free(q);
    *return_size = levels;
    return out;
}
