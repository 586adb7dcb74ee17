// Structs by value and by pointer, arrays of structs, linked through pointers.
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point min, max; const char *name; };

static struct point add(struct point a, struct point b) { struct point r = {a.x + b.x, a.y + b.y}; return r; }
static int area(const struct rect *r) { return (r->max.x - r->min.x) * (r->max.y - r->min.y); }
static void grow(struct rect *r, int d) { r->min.x -= d; r->min.y -= d; r->max.x += d; r->max.y += d; }

struct node { int value; struct node *next; };

int main(void) {
    struct rect rs[3] = {
        {{0, 0}, {2, 3}, "small"},
        {{-1, -1}, {4, 4}, "square"},
        {{10, 20}, {30, 25}, "wide"},
    };
    int total = 0;
    for (int i = 0; i < 3; i++) {
        grow(&rs[i], 1);
        printf("%s: area %d\n", rs[i].name, area(&rs[i]));
        total += area(&rs[i]);
    }
    struct point p = add(rs[0].min, rs[2].max);
    printf("p = (%d, %d)\n", p.x, p.y);
    struct node nodes[5];
    for (int i = 0; i < 5; i++) { nodes[i].value = i * i; nodes[i].next = i < 4 ? &nodes[i + 1] : 0; }
    int sum = 0;
    for (struct node *n = &nodes[0]; n; n = n->next) sum += n->value;
    printf("list sum %d, total area %d\n", sum, total);
    int matrix[3][4];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) matrix[i][j] = i * 4 + j;
    int *flat = &matrix[0][0];
    printf("flat[7] = %d, diff = %d\n", flat[7], (int)(&matrix[2][3] - &matrix[0][0]));
    return total % 256;
}
