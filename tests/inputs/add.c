int add(int a, int b) { return a + b; }
int add_imm(int a) { return a + 42; }
int sub_mul(int a, int b, int c) { return (a - b) * c; }
unsigned udiv(unsigned a, unsigned b) { return a / b; }
int sdiv(int a, int b) { return a / b; }
int srem(int a, int b) { return a % b; }
