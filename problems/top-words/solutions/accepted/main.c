typedef struct {
    const char* word;
    int count;
} WordCount;

static int cmp_str(const void* a, const void* b) {
    return strcmp(*(const char* const*)a, *(const char* const*)b);
}

static int cmp_wc(const void* a, const void* b) {
    const WordCount* x = (const WordCount*)a;
    const WordCount* y = (const WordCount*)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);
}

char** top_words(char** words, int words_size, int k, int* return_size) {
    /* sort a copy of the pointers so equal words form runs, then count runs */
    char** sorted = malloc(sizeof(char*) * (size_t)words_size);
    memcpy(sorted, words, sizeof(char*) * (size_t)words_size);
    qsort(sorted, (size_t)words_size, sizeof(char*), cmp_str);

    WordCount* wc = malloc(sizeof(WordCount) * (size_t)words_size);
    int d = 0;
    for (int i = 0; i < words_size;) {
        int j = i;
        while (j < words_size && strcmp(sorted[j], sorted[i]) == 0) j++;
        wc[d].word = sorted[i];
        wc[d].count = j - i;
        d++;
        i = j;
    }
    qsort(wc, (size_t)d, sizeof(WordCount), cmp_wc);

    char** result = malloc(sizeof(char*) * (size_t)k);
    for (int i = 0; i < k; i++) {
        size_t len = strlen(wc[i].word);
        result[i] = malloc(len + 1);
        memcpy(result[i], wc[i].word, len + 1);
    }
    free(wc);
    free(sorted);
    *return_size = k;
    return result;
}
