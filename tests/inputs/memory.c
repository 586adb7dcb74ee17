int load(int *p) { return *p; }
void store(int *p, int v) { *p = v; }
int load_byte(signed char *p) { return *p; }
unsigned load_ubyte(unsigned char *p) { return *p; }
void store_byte(char *p, char v) { *p = v; }
int index_(int *a, int i) { return a[i]; }
short load_short(short *p) { return *p; }
