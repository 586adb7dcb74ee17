unsigned mask(unsigned a, unsigned b) { return (a & b) | (a ^ 0xff); }
unsigned shifts(unsigned a, int s) { return (a << s) | (a >> 3); }
int sar(int a, int s) { return a >> s; }
int not_(int a) { return ~a; }
