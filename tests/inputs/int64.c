long long add64(long long a, long long b) { return a + b; }
unsigned long long mul64(unsigned long long a, unsigned long long b) { return a * b; }
long long shl64(long long a, int s) { return a << s; }
int lt64(long long a, long long b) { return a < b; }
long long div64(long long a, long long b) { return a / b; }
