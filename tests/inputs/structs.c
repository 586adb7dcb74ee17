struct pair { int a, b; };
struct big { int v[5]; };
int sum_pair(struct pair p) { return p.a + p.b; }
struct pair make_pair(int a, int b) { struct pair p = {a, b}; return p; }
struct big make_big(int x) { struct big b = {{x, x, x, x, x}}; return b; }
int first(const struct big *b) { return b->v[0]; }
