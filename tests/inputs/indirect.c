typedef int (*fn)(int);
int apply(fn f, int x) { return f(x); }
int inc(int x) { return x + 1; }
fn get_inc(void) { return inc; }
