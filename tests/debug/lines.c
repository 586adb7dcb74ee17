// pc -> file:line in a linked executable.
__attribute__((noinline)) int twice(int x) {
  return x * 2;
}

int main(void) {
  int v = twice(21);
  return v - 42;
}
