/* Counting with hash tables: the C counterpart of benches/programs/dictcount.py.
   Python's dicts become open-addressing hash tables (string keys copied into
   the table, FNV-1a hash; int keys hashed by a multiplicative hash) that grow
   at 2/3 load like CPython's; sorted() becomes qsort(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *SYLLABLES[10] = {"ka", "ri", "to", "mu", "se", "na", "lo", "pe", "vi", "du"};

static long next_rand(long state) { return (state * 1103515245 + 12345) & 0x7FFFFFFF; }

/* ---- str -> int table ---- */
typedef struct {
    char *key; /* NULL: empty slot */
    uint64_t hash;
    long value;
} StrEntry;

typedef struct {
    StrEntry *slots;
    size_t cap, len;
} StrMap;

static uint64_t str_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void strmap_init(StrMap *m) {
    m->cap = 8;
    m->len = 0;
    m->slots = calloc(m->cap, sizeof *m->slots);
}

static StrEntry *strmap_find(StrEntry *slots, size_t cap, const char *key, uint64_t h) {
    size_t i = h & (cap - 1);
    while (slots[i].key != NULL && (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void strmap_grow(StrMap *m) {
    size_t cap = m->cap * 4;
    StrEntry *slots = calloc(cap, sizeof *slots);
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key != NULL)
            *strmap_find(slots, cap, m->slots[i].key, m->slots[i].hash) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

/* counts[key] = counts.get(key, 0) + delta */
static void strmap_add(StrMap *m, const char *key, long delta) {
    uint64_t h = str_hash(key);
    StrEntry *e = strmap_find(m->slots, m->cap, key, h);
    if (e->key == NULL) {
        e->key = strdup(key);
        e->hash = h;
        e->value = delta;
        m->len++;
        if (3 * m->len >= 2 * m->cap)
            strmap_grow(m);
    } else {
        e->value += delta;
    }
}

/* ---- int -> int table ---- */
typedef struct {
    long key;
    long value;
    int used;
} IntEntry;

typedef struct {
    IntEntry *slots;
    size_t cap, len;
} IntMap;

static size_t int_slot(IntEntry *slots, size_t cap, long key) {
    size_t i = ((uint64_t)key * 0x9E3779B97F4A7C15ULL >> 32) & (cap - 1);
    while (slots[i].used && slots[i].key != key)
        i = (i + 1) & (cap - 1);
    return i;
}

static void intmap_grow(IntMap *m) {
    size_t cap = m->cap * 4;
    IntEntry *slots = calloc(cap, sizeof *slots);
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].used)
            slots[int_slot(slots, cap, m->slots[i].key)] = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

static void count_ints(IntMap *m, long n, long seed) {
    m->cap = 8;
    m->len = 0;
    m->slots = calloc(m->cap, sizeof *m->slots);
    long state = seed;
    for (long i = 0; i < n; i++) {
        state = next_rand(state);
        long k = state % 5003;
        IntEntry *e = &m->slots[int_slot(m->slots, m->cap, k)];
        if (e->used) {
            e->value = e->value + 1;
        } else {
            e->used = 1;
            e->key = k;
            e->value = 1;
            m->len++;
            if (3 * m->len >= 2 * m->cap)
                intmap_grow(m);
        }
    }
}

static int by_count(const void *a, const void *b) {
    const StrEntry *x = a, *y = b;
    if (x->value != y->value)
        return (x->value < y->value) - (x->value > y->value);
    return strcmp(x->key, y->key);
}

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static int by_key(const void *a, const void *b) {
    return strcmp(((const StrEntry *)a)->key, ((const StrEntry *)b)->key);
}

/* The live entries of a table, copied into a fresh array (dict.items()). */
static StrEntry *str_items(const StrMap *m) {
    StrEntry *items = malloc((m->len ? m->len : 1) * sizeof *items);
    size_t k = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key != NULL)
            items[k++] = m->slots[i];
    return items;
}

int main(void) {
    /* make_words: a list of fresh strings, as the Python builds */
    long nwords = 750000;
    char **words = malloc(nwords * sizeof *words);
    long state = 42;
    for (long i = 0; i < nwords; i++) {
        state = next_rand(state);
        const char *a = SYLLABLES[state % 10];
        const char *b = SYLLABLES[(state >> 8) % 10];
        const char *c = SYLLABLES[(state >> 16) % 7];
        char buf[16];
        if (state % 3 == 0)
            snprintf(buf, sizeof buf, "%s%s", a, b);
        else
            snprintf(buf, sizeof buf, "%s%s%s", a, b, c);
        words[i] = strdup(buf);
    }
    StrMap wc;
    strmap_init(&wc);
    for (long i = 0; i < nwords; i++)
        strmap_add(&wc, words[i], 1);
    StrEntry *top = str_items(&wc);
    qsort(top, wc.len, sizeof *top, by_count);
    long sum = 0;
    for (size_t i = 0; i < wc.len; i++)
        sum += top[i].value;
    printf("distinct words %zu, total %ld\n", wc.len, sum);
    for (int i = 0; i < 5; i++)
        printf("  %s %ld\n", top[i].key, top[i].value);

    IntMap ic;
    count_ints(&ic, 1000000, 7);
    long best = 0, best_key = -1, odd_total = 0;
    long *keys = malloc(ic.len * sizeof *keys);
    size_t nk = 0;
    for (size_t i = 0; i < ic.cap; i++) {
        if (!ic.slots[i].used)
            continue;
        long k = ic.slots[i].key, c = ic.slots[i].value;
        if (c > best || (c == best && k < best_key)) {
            best = c;
            best_key = k;
        }
        if (k % 2 == 1)
            odd_total += c;
        keys[nk++] = k;
    }
    qsort(keys, nk, sizeof *keys, cmp_long);
    printf("distinct ints %zu, max %ld:%ld, odd %ld\n", ic.len, best_key, best, odd_total);
    printf("smallest %ld largest %ld\n", keys[0], keys[nk - 1]);

    StrMap merged;
    strmap_init(&merged);
    for (size_t i = 0; i < wc.cap; i++) {
        if (wc.slots[i].key == NULL)
            continue;
        char first[2] = {wc.slots[i].key[0], 0};
        strmap_add(&merged, first, wc.slots[i].value);
    }
    StrEntry *mk = str_items(&merged);
    qsort(mk, merged.len, sizeof *mk, by_key);
    for (size_t i = 0; i < merged.len; i++)
        printf("  %s: %ld\n", mk[i].key, mk[i].value);
    return 0;
}
