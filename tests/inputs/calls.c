int callee(int a, int b, int c);
int caller(int x) { return callee(x, x + 1, 7) + 1; }
void sink(int);
void twice(int x) { sink(x); sink(x * 2); }
int recurse(int n) { return n <= 1 ? 1 : n * recurse(n - 1); }
