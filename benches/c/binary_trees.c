/* binary-trees: the C counterpart of benches/programs/binary_trees.py. One
   malloc per node and a free of every tree once checked (CPython frees each
   tree by reference counting when it is dropped). */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    struct Node *left;
    struct Node *right;
} Node;

static Node *new_node(Node *left, Node *right) {
    Node *n = malloc(sizeof *n);
    n->left = left;
    n->right = right;
    return n;
}

static Node *make(int depth) {
    if (depth == 0)
        return new_node(NULL, NULL);
    Node *left = make(depth - 1);
    Node *right = make(depth - 1);
    return new_node(left, right);
}

static long check(const Node *node) {
    if (node->left == NULL)
        return 1;
    return 1 + check(node->left) + check(node->right);
}

static void free_tree(Node *node) {
    if (node->left != NULL) {
        free_tree(node->left);
        free_tree(node->right);
    }
    free(node);
}

int main(void) {
    int min_depth = 4;
    int max_depth = 14;
    int stretch = max_depth + 1;
    Node *t = make(stretch);
    printf("stretch tree of depth %d\t check: %ld\n", stretch, check(t));
    free_tree(t);
    Node *long_lived = make(max_depth);
    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + min_depth);
        long total = 0;
        for (long i = 0; i < iterations; i++) {
            t = make(depth);
            total += check(t);
            free_tree(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, total);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    free_tree(long_lived);
    return 0;
}
