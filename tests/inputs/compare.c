int lt(int a, int b) { return a < b; }
int ule(unsigned a, unsigned b) { return a <= b; }
int eq(int a, int b) { return a == b; }
int max(int a, int b) { return a > b ? a : b; }
int is_zero(int a) { return a == 0; }
