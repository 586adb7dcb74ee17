int classify(int x) {
    if (x < 0) return -1;
    if (x == 0) return 0;
    return 1;
}
int count_down(int n) {
    int s = 0;
    while (n > 0) { s += n; n--; }
    return s;
}
