#include <valida.h>
void put(int c) { __valida_write(c); }
int get(void) { return __valida_read_advice(); }
void *frame(void) { return __builtin_frame_address(0); }
