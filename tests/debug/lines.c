// pc -> file:line in a linked executable.
int twice(int x) {
  return x * 2;
}

int main(void) {
  int v = twice(21);
  return v - 42;
}
