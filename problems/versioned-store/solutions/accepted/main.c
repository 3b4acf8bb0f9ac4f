/* One entry per key: its versions in the order of the puts. Put stamps only grow,
 * so stamps[] is sorted and a get is a binary search. */
typedef struct {
    char* key; /* NULL marks an empty slot */
    int count, cap;
    int* stamps;
    char** values;
} VsEntry;

typedef struct {
    VsEntry* slots; /* open addressing with linear probing */
    int cap, used;
} VersionedStore;

static char vs_empty[] = "";

static unsigned vs_hash(const char* s) {
    unsigned h = 2166136261u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static char* vs_copy(const char* s) {
    size_t n = strlen(s) + 1;
    char* c = malloc(n);
    memcpy(c, s, n);
    return c;
}

/* The slot holding key, or the empty slot where it would go. */
static VsEntry* vs_slot(VersionedStore* obj, const char* key) {
    unsigned mask = (unsigned)obj->cap - 1;
    unsigned i = vs_hash(key) & mask;
    while (obj->slots[i].key && strcmp(obj->slots[i].key, key) != 0) i = (i + 1) & mask;
    return &obj->slots[i];
}

static void vs_grow(VersionedStore* obj) {
    VsEntry* old = obj->slots;
    int old_cap = obj->cap;
    obj->cap *= 2;
    obj->slots = calloc(obj->cap, sizeof(VsEntry));
    for (int i = 0; i < old_cap; i++)
        if (old[i].key) *vs_slot(obj, old[i].key) = old[i];
    free(old);
}

VersionedStore* versionedStoreCreate() {
    VersionedStore* obj = malloc(sizeof(VersionedStore));
    obj->cap = 16;
    obj->used = 0;
    obj->slots = calloc(obj->cap, sizeof(VsEntry));
    return obj;
}

void versionedStorePut(VersionedStore* obj, char* key, char* value, int stamp) {
    VsEntry* e = vs_slot(obj, key);
    if (!e->key) {
        if (2 * (obj->used + 1) > obj->cap) {
            vs_grow(obj);
            e = vs_slot(obj, key);
        }
        obj->used++;
        e->key = vs_copy(key);
        e->count = 0;
        e->cap = 4;
        e->stamps = malloc(sizeof(int) * e->cap);
        e->values = malloc(sizeof(char*) * e->cap);
    }
    if (e->count == e->cap) {
        e->cap *= 2;
        e->stamps = realloc(e->stamps, sizeof(int) * e->cap);
        e->values = realloc(e->values, sizeof(char*) * e->cap);
    }
    e->stamps[e->count] = stamp;
    e->values[e->count] = vs_copy(value);
    e->count++;
}

char* versionedStoreGet(VersionedStore* obj, char* key, int stamp) {
    VsEntry* e = vs_slot(obj, key);
    if (!e->key) return vs_empty;
    /* lo = the number of versions stamped at or before stamp (an upper bound) */
    int lo = 0, hi = e->count;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (e->stamps[mid] <= stamp) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 ? e->values[lo - 1] : vs_empty;
}

void versionedStoreFree(VersionedStore* obj) {
    for (int i = 0; i < obj->cap; i++) {
        VsEntry* e = &obj->slots[i];
        if (!e->key) continue;
        for (int j = 0; j < e->count; j++) free(e->values[j]);
        free(e->values);
        free(e->stamps);
        free(e->key);
    }
    free(obj->slots);
    free(obj);
}
