/* String building: the C counterpart of benches/programs/strbuild.py.
   A fresh heap string wherever the Python makes one (each row, each
   `+` / `replace` / `upper` / `strip` / `split` result), joined with one
   allocation as str.join does; f-string format specs become snprintf. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *WORDS[8] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

typedef struct {
    char **items;
    size_t len, cap;
} StrList;

static void push(StrList *l, char *s) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->len++] = s;
}

static void free_list(StrList *l) {
    for (size_t i = 0; i < l->len; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->len = l->cap = 0;
}

static char *join(const char *sep, const StrList *l) {
    size_t seplen = strlen(sep), total = 0;
    for (size_t i = 0; i < l->len; i++)
        total += strlen(l->items[i]) + (i ? seplen : 0);
    char *out = malloc(total + 1), *p = out;
    for (size_t i = 0; i < l->len; i++) {
        if (i) {
            memcpy(p, sep, seplen);
            p += seplen;
        }
        size_t n = strlen(l->items[i]);
        memcpy(p, l->items[i], n);
        p += n;
    }
    *p = 0;
    return out;
}

static StrList split(const char *s, char sep) {
    StrList l = {0};
    for (;;) {
        const char *e = strchr(s, sep);
        size_t n = e ? (size_t)(e - s) : strlen(s);
        push(&l, strndup(s, n));
        if (!e)
            return l;
        s = e + 1;
    }
}

/* str.count(sub), non-overlapping */
static long count(const char *s, const char *sub) {
    long c = 0;
    size_t n = strlen(sub);
    while ((s = strstr(s, sub)) != NULL) {
        c++;
        s += n;
    }
    return c;
}

static char *concat2(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    char *out = malloc(na + nb + 1);
    memcpy(out, a, na);
    memcpy(out + na, b, nb + 1);
    return out;
}

static char *render_row(long i, const char *name, double score) {
    char buf[128];
    snprintf(buf, sizeof buf, "%6ld|%-8s|%10.3f|%02ld", i, name, score, i % 97);
    return strdup(buf);
}

static char *build_table(long n) {
    StrList rows = {0};
    for (long i = 0; i < n; i++)
        push(&rows, render_row(i, WORDS[i % 8], i * 1.25 / 7.0));
    char *out = join("\n", &rows);
    free_list(&rows);
    return out;
}

static char *concat(long n) {
    StrList lines = {0};
    char *line = strdup("");
    for (long i = 0; i < n; i++) {
        char *t = concat2(line, WORDS[i % 8]);
        free(line);
        char num[32];
        snprintf(num, sizeof num, "%ld", i);
        line = concat2(t, num);
        free(t);
        if (i % 10 == 9) {
            push(&lines, concat2(line, ";"));
            free(line);
            line = strdup("");
        }
    }
    push(&lines, line);
    char *out = join("", &lines);
    free_list(&lines);
    return out;
}

static char *strip(const char *s) {
    while (*s && isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    return strndup(s, n);
}

static char *upper(const char *s) {
    char *out = strdup(s);
    for (char *p = out; *p; p++)
        *p = toupper((unsigned char)*p);
    return out;
}

static char *lower(const char *s) {
    char *out = strdup(s);
    for (char *p = out; *p; p++)
        *p = tolower((unsigned char)*p);
    return out;
}

/* s.replace(c, rep) for a one-character c */
static char *replace_char(const char *s, char c, const char *rep) {
    size_t nrep = strlen(rep), n = 0;
    for (const char *p = s; *p; p++)
        n += *p == c ? nrep : 1;
    char *out = malloc(n + 1), *q = out;
    for (const char *p = s; *p; p++) {
        if (*p == c) {
            memcpy(q, rep, nrep);
            q += nrep;
        } else {
            *q++ = *p;
        }
    }
    *q = 0;
    return out;
}

static long transform(const char *text) {
    long total = 0;
    StrList lines = split(text, '\n');
    for (size_t li = 0; li < lines.len; li++) {
        const char *line = lines.items[li];
        StrList parts = split(line, '|');
        char *name = strip(parts.items[1]);
        char *up = upper(name);
        if (up[0] == 'E')
            total += strlen(up);
        char *rep = replace_char(line, 'a', "aa");
        total += strlen(rep);
        const char *nine = strchr(line, '9');
        total += (nine ? nine - line : -1) + count(line, "1");
        size_t nn = strlen(name);
        if (nn > 0 && name[nn - 1] == 'a')
            total += 1;
        free(rep);
        free(up);
        free(name);
        free_list(&parts);
    }
    free_list(&lines);
    return total;
}

static char *capitalize(const char *s) {
    char *out = lower(s);
    if (out[0])
        out[0] = toupper((unsigned char)out[0]);
    return out;
}

static char *words_csv(long n) {
    StrList out = {0};
    for (long i = 0; i < n; i++) {
        const char *w = WORDS[(i * 7) % 8];
        char *cap = capitalize(w);
        char *t = concat2(cap, "-");
        char num[32];
        snprintf(num, sizeof num, "%ld", i * i % 1000);
        push(&out, concat2(t, num));
        free(t);
        free(cap);
    }
    char *s = join(",", &out);
    free_list(&out);
    return s;
}

int main(void) {
    char *table = build_table(150000);
    printf("table %zu %ld\n", strlen(table), count(table, "a"));
    char *s = concat(500000);
    printf("concat %zu %ld %ld\n", strlen(s), count(s, ";"), count(s, "7"));
    printf("transform %ld\n", transform(table));
    char *csv = words_csv(300000);
    StrList fields = split(csv, ',');
    char *low = lower(csv);
    printf("csv %zu %zu %ld\n", strlen(csv), fields.len, count(low, "alpha"));
    free_list(&fields);
    free(low);
    free(csv);
    free(s);
    free(table);
    return 0;
}
