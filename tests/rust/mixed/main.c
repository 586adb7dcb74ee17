/* C calls Rust (rust_checksum, rust_sorted_median) and Rust calls C (c_weight). */
#include <stdio.h>

unsigned rust_checksum(const unsigned char *data, unsigned len);
int rust_sorted_median(int *values, unsigned count);

/* Called from Rust. */
unsigned c_weight(unsigned index) { return index * 2 + 1; }

int main(void) {
    const char msg[] = "hello from C";
    int values[] = {9, -4, 17, 3, 3, 250, -70};
    printf("checksum %u\n", rust_checksum((const unsigned char *)msg, sizeof msg - 1));
    int median = rust_sorted_median(values, 7);
    printf("median %d sorted", median);
    for (int i = 0; i < 7; i++) printf(" %d", values[i]);
    printf("\n");
    return 0;
}
