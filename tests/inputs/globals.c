int counter;
static int table[4] = {1, 2, 3, 4};
const char *greeting = "hello";
int bump(void) { return ++counter; }
int pick(int i) { return table[i & 3]; }
const char *get(void) { return greeting; }
