/* grind's C driver, the part before the candidate's code: the usual headers, the node
 * types, and reading/writing the canonical JSON encoding. grind appends the
 * candidate's file (with #line, so compiler messages point into it) and a main()
 * generated from the problem's signature. Everything here is named grind_*. */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ListNode {
    int val;
    struct ListNode *next;
};

struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};

static char **grind_lines;
static size_t grind_current;

static void grind_fail(const char *what) {
    fprintf(stderr, "grind driver: line %zu: %s\n", grind_current + 1, what);
    exit(3);
}

static void *grind_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) grind_fail("out of memory");
    return p;
}

/* Reads the whole input: one JSON value per parameter, one per line. */
static void grind_begin(size_t params) {
    size_t cap = 1 << 16, len = 0, n;
    char *all = grind_alloc(cap);
    while ((n = fread(all + len, 1, cap - len - 1, stdin)) > 0) {
        len += n;
        if (cap - len < 2) all = realloc(all, cap *= 2);
        if (!all) grind_fail("out of memory");
    }
    all[len] = 0;
    grind_lines = grind_alloc(sizeof(char *) * (params + 1));
    char *p = all;
    for (size_t i = 0; i < params; i++) {
        if (!*p && i < params) {
            grind_current = i;
            grind_fail("missing line of input");
        }
        grind_lines[i] = p;
        char *nl = strchr(p, '\n');
        if (nl) { *nl = 0; p = nl + 1; } else p += strlen(p);
    }
}

typedef struct { const char *p; } grind_in;

static grind_in grind_line(size_t i) {
    grind_current = i;
    grind_in in = {grind_lines[i]};
    return in;
}

static void grind_ws(grind_in *in) {
    while (*in->p == ' ' || *in->p == '\t' || *in->p == '\r') in->p++;
}
static bool grind_eat(grind_in *in, char c) {
    grind_ws(in);
    if (*in->p == c) { in->p++; return true; }
    return false;
}
static void grind_expect(grind_in *in, char c) {
    if (!grind_eat(in, c)) {
        char msg[32];
        snprintf(msg, sizeof msg, "expected '%c'", c);
        grind_fail(msg);
    }
}
static bool grind_null(grind_in *in) {
    grind_ws(in);
    if (strncmp(in->p, "null", 4) == 0) { in->p += 4; return true; }
    return false;
}

static long long grind_read_long(grind_in *in) {
    grind_ws(in);
    char *end;
    long long v = strtoll(in->p, &end, 10);
    if (end == in->p) grind_fail("expected an integer");
    in->p = end;
    return v;
}
static int grind_read_int(grind_in *in) {
    long long v = grind_read_long(in);
    if (v < INT_MIN || v > INT_MAX) grind_fail("integer out of range");
    return (int)v;
}
static double grind_read_double(grind_in *in) {
    grind_ws(in);
    char *end;
    double v = strtod(in->p, &end);
    if (end == in->p) grind_fail("expected a number");
    in->p = end;
    return v;
}
static bool grind_read_bool(grind_in *in) {
    grind_ws(in);
    if (strncmp(in->p, "true", 4) == 0) { in->p += 4; return true; }
    if (strncmp(in->p, "false", 5) == 0) { in->p += 5; return false; }
    grind_fail("expected true or false");
    return false;
}
static unsigned grind_hex4(grind_in *in) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *in->p;
        if (!isxdigit((unsigned char)c)) grind_fail("bad \\u escape");
        in->p++;
        v = v * 16 + (isdigit((unsigned char)c) ? (unsigned)(c - '0') : (unsigned)(tolower(c) - 'a' + 10));
    }
    return v;
}
static char *grind_read_string(grind_in *in) {
    grind_expect(in, '"');
    size_t cap = 16, len = 0;
    char *s = grind_alloc(cap);
    while (*in->p && *in->p != '"') {
        if (cap - len < 5) { s = realloc(s, cap *= 2); if (!s) grind_fail("out of memory"); }
        char c = *in->p++;
        if (c != '\\') { s[len++] = c; continue; }
        char e = *in->p++;
        switch (e) {
            case 'n': s[len++] = '\n'; break;
            case 't': s[len++] = '\t'; break;
            case 'r': s[len++] = '\r'; break;
            case 'b': s[len++] = '\b'; break;
            case 'f': s[len++] = '\f'; break;
            case 'u': {
                unsigned cp = grind_hex4(in);
                if (cp >= 0xD800 && cp < 0xDC00 && in->p[0] == '\\' && in->p[1] == 'u') {
                    in->p += 2;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (grind_hex4(in) - 0xDC00);
                }
                if (cp < 0x80) s[len++] = (char)cp;
                else if (cp < 0x800) { s[len++] = (char)(0xC0 | cp >> 6); s[len++] = (char)(0x80 | (cp & 63)); }
                else if (cp < 0x10000) { s[len++] = (char)(0xE0 | cp >> 12); s[len++] = (char)(0x80 | (cp >> 6 & 63)); s[len++] = (char)(0x80 | (cp & 63)); }
                else { s[len++] = (char)(0xF0 | cp >> 18); s[len++] = (char)(0x80 | (cp >> 12 & 63)); s[len++] = (char)(0x80 | (cp >> 6 & 63)); s[len++] = (char)(0x80 | (cp & 63)); }
                break;
            }
            case 0: grind_fail("bad escape"); break;
            default: s[len++] = e;
        }
    }
    grind_expect(in, '"');
    s[len] = 0;
    return s;
}
static char grind_read_char(grind_in *in) {
    char *s = grind_read_string(in);
    if (strlen(s) != 1) grind_fail("expected one character");
    char c = s[0];
    free(s);
    return c;
}

/* Arrays and 2-D arrays of each scalar type, LeetCode's way: a pointer and sizes. */
#define GRIND_ARRAYS(T, NAME)                                                   \
    static T *grind_read_##NAME##_array(grind_in *in, int *size) {              \
        size_t cap = 8;                                                         \
        T *v = grind_alloc(sizeof(T) * cap);                                    \
        *size = 0;                                                              \
        grind_expect(in, '[');                                                  \
        if (grind_eat(in, ']')) return v;                                       \
        do {                                                                    \
            if ((size_t)*size == cap) {                                         \
                v = realloc(v, sizeof(T) * (cap *= 2));                         \
                if (!v) grind_fail("out of memory");                            \
            }                                                                   \
            v[(*size)++] = grind_read_##NAME(in);                               \
        } while (grind_eat(in, ','));                                           \
        grind_expect(in, ']');                                                  \
        return v;                                                               \
    }                                                                           \
    static T **grind_read_##NAME##_grid(grind_in *in, int *size, int **cols) {  \
        size_t cap = 8;                                                         \
        T **v = grind_alloc(sizeof(T *) * cap);                                 \
        *cols = grind_alloc(sizeof(int) * cap);                                 \
        *size = 0;                                                              \
        grind_expect(in, '[');                                                  \
        if (grind_eat(in, ']')) return v;                                       \
        do {                                                                    \
            if ((size_t)*size == cap) {                                         \
                cap *= 2;                                                       \
                v = realloc(v, sizeof(T *) * cap);                              \
                *cols = realloc(*cols, sizeof(int) * cap);                      \
                if (!v || !*cols) grind_fail("out of memory");                  \
            }                                                                   \
            v[*size] = grind_read_##NAME##_array(in, &(*cols)[*size]);          \
            (*size)++;                                                          \
        } while (grind_eat(in, ','));                                           \
        grind_expect(in, ']');                                                  \
        return v;                                                               \
    }

GRIND_ARRAYS(int, int)
GRIND_ARRAYS(long long, long)
GRIND_ARRAYS(double, double)
GRIND_ARRAYS(bool, bool)
GRIND_ARRAYS(char *, string)
GRIND_ARRAYS(char, char)

static struct ListNode *grind_read_list(grind_in *in) {
    int n;
    int *vals = grind_read_int_array(in, &n);
    struct ListNode *head = NULL;
    for (int i = n - 1; i >= 0; i--) {
        struct ListNode *node = grind_alloc(sizeof *node);
        node->val = vals[i];
        node->next = head;
        head = node;
    }
    free(vals);
    return head;
}

static struct TreeNode *grind_read_tree(grind_in *in) {
    size_t cap = 8, n = 0;
    struct TreeNode **nodes = grind_alloc(sizeof *nodes * cap);
    grind_expect(in, '[');
    if (!grind_eat(in, ']')) {
        do {
            if (n == cap) {
                nodes = realloc(nodes, sizeof *nodes * (cap *= 2));
                if (!nodes) grind_fail("out of memory");
            }
            struct TreeNode *node = NULL;
            if (!grind_null(in)) {
                node = grind_alloc(sizeof *node);
                node->val = grind_read_int(in);
                node->left = node->right = NULL;
            }
            nodes[n++] = node;
        } while (grind_eat(in, ','));
        grind_expect(in, ']');
    }
    /* Level order: each present node takes the next two slots as its children. */
    size_t slot = 1;
    for (size_t i = 0; i < n && slot < n; i++) {
        if (!nodes[i]) continue;
        nodes[i]->left = nodes[slot++];
        if (slot < n) nodes[i]->right = nodes[slot++];
    }
    struct TreeNode *root = n ? nodes[0] : NULL;
    free(nodes);
    return root;
}

/* Arrays of lists and of trees (`struct ListNode** lists, int lists_size`). */
GRIND_ARRAYS(struct ListNode *, list)
GRIND_ARRAYS(struct TreeNode *, tree)

static void grind_done(grind_in *in) {
    grind_ws(in);
    if (*in->p) grind_fail("unexpected text after the value");
}

/* Design problems: line 2 holds one array of arguments per operation, read in turn. */
static grind_in grind_calls;
static int grind_calls_made, grind_args_read;

static void grind_calls_begin(void) {
    grind_calls = grind_line(1);
    grind_expect(&grind_calls, '[');
}
static void grind_call(void) {
    if (grind_calls_made++) grind_expect(&grind_calls, ',');
    grind_expect(&grind_calls, '[');
    grind_args_read = 0;
}
static grind_in *grind_arg(void) {
    if (grind_args_read++) grind_expect(&grind_calls, ',');
    return &grind_calls;
}
static void grind_call_done(void) { grind_expect(&grind_calls, ']'); }
static void grind_calls_end(void) {
    grind_expect(&grind_calls, ']');
    grind_done(&grind_calls);
}

/* The result is built in memory and written at the end to descriptor 3. */
static char *grind_out;
static size_t grind_out_len, grind_out_cap;

static void grind_emit(const char *s, size_t n) {
    if (grind_out_len + n + 1 > grind_out_cap) {
        grind_out_cap = (grind_out_len + n + 1) * 2;
        grind_out = realloc(grind_out, grind_out_cap);
        if (!grind_out) grind_fail("out of memory");
    }
    memcpy(grind_out + grind_out_len, s, n);
    grind_out_len += n;
}
static void grind_emits(const char *s) { grind_emit(s, strlen(s)); }

static void grind_put_long(long long v) {
    char b[32];
    grind_emit(b, (size_t)snprintf(b, sizeof b, "%lld", v));
}
static void grind_put_int(int v) { grind_put_long(v); }
static void grind_put_double(double v) {
    char b[64];
    /* The shortest spelling that reads back as the same double. */
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(b, sizeof b, "%.*g", prec, v);
        if (strtod(b, NULL) == v) break;
    }
    grind_emits(b);
}
static void grind_put_bool(bool v) { grind_emits(v ? "true" : "false"); }
static void grind_put_chars(const char *s, size_t n) {
    grind_emit("\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char b[8];
        if (c == '"') grind_emits("\\\"");
        else if (c == '\\') grind_emits("\\\\");
        else if (c == '\n') grind_emits("\\n");
        else if (c == '\t') grind_emits("\\t");
        else if (c == '\r') grind_emits("\\r");
        else if (c < 0x20) { snprintf(b, sizeof b, "\\u%04x", c); grind_emits(b); }
        else grind_emit((const char *)&s[i], 1);
    }
    grind_emit("\"", 1);
}
static void grind_put_string(char *s) {
    if (!s) grind_fail("the function returned NULL for a string");
    grind_put_chars(s, strlen(s));
}
static void grind_put_char(char c) { grind_put_chars(&c, 1); }

#define GRIND_PUT_ARRAYS(T, NAME)                                                   \
    static void grind_put_##NAME##_array(T *v, int size) {                          \
        if (!v && size > 0) grind_fail("the function returned NULL with a size");   \
        grind_emit("[", 1);                                                         \
        for (int i = 0; i < size; i++) {                                            \
            if (i) grind_emit(",", 1);                                              \
            grind_put_##NAME(v[i]);                                                 \
        }                                                                           \
        grind_emit("]", 1);                                                         \
    }                                                                               \
    static void grind_put_##NAME##_grid(T **v, int size, int *cols) {               \
        if ((!v || !cols) && size > 0)                                              \
            grind_fail("the function returned NULL rows or column sizes");          \
        grind_emit("[", 1);                                                         \
        for (int i = 0; i < size; i++) {                                            \
            if (i) grind_emit(",", 1);                                              \
            grind_put_##NAME##_array(v[i], cols[i]);                                \
        }                                                                           \
        grind_emit("]", 1);                                                         \
    }

GRIND_PUT_ARRAYS(int, int)
GRIND_PUT_ARRAYS(long long, long)
GRIND_PUT_ARRAYS(double, double)
GRIND_PUT_ARRAYS(bool, bool)
GRIND_PUT_ARRAYS(char *, string)
GRIND_PUT_ARRAYS(char, char)

static void grind_put_list(struct ListNode *head) {
    grind_emit("[", 1);
    /* A cycle would never end: stop after far more nodes than any input holds. */
    for (size_t n = 0; head; head = head->next, n++) {
        if (n) grind_emit(",", 1);
        if (n > 10000000) grind_fail("the returned list has a cycle");
        grind_put_int(head->val);
    }
    grind_emit("]", 1);
}

static void grind_put_tree(struct TreeNode *root) {
    size_t cap = 64, n = 0;
    struct TreeNode **order = grind_alloc(sizeof *order * cap);
    if (root) order[n++] = root;
    for (size_t i = 0; i < n; i++) {
        if (!order[i]) continue;
        if (n + 2 > cap) {
            if (cap > 40000000) grind_fail("the returned tree has a cycle");
            order = realloc(order, sizeof *order * (cap *= 2));
            if (!order) grind_fail("out of memory");
        }
        order[n++] = order[i]->left;
        order[n++] = order[i]->right;
    }
    while (n > 0 && !order[n - 1]) n--;
    grind_emit("[", 1);
    for (size_t i = 0; i < n; i++) {
        if (i) grind_emit(",", 1);
        if (order[i]) grind_put_int(order[i]->val);
        else grind_emits("null");
    }
    grind_emit("]", 1);
    free(order);
}

GRIND_PUT_ARRAYS(struct ListNode *, list)
GRIND_PUT_ARRAYS(struct TreeNode *, tree)

/* The result goes to descriptor 3, which grind opens; the candidate's own prints go
 * to stdout and are shown apart. Without descriptor 3 (run by hand), to stdout. */
static void grind_end(void) {
    grind_emit("\n", 1);
    fflush(stdout);
    FILE *f = fdopen(3, "w");
    if (!f) f = stdout;
    fwrite(grind_out, 1, grind_out_len, f);
    fflush(f);
}
