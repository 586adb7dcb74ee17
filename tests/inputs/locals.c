void fill(int *a, int n);
int sum_local(void) {
    int a[8];
    fill(a, 8);
    int s = 0;
    for (int i = 0; i < 8; i++) s += a[i];
    return s;
}
int address_taken(int x) {
    fill(&x, 1);
    return x;
}
