/* Struct-heavy code: particles passed and returned by value, updated
 * through pointers, sorted by a key with insertion sort. */
#include <stdio.h>
#include <stdint.h>

typedef struct {
  int x, y;
} vec2;

typedef struct {
  vec2 pos, vel;
  int mass;
  uint16_t id;
  uint8_t alive, kind;
} particle;

#define N 128
static particle ps[N];

static vec2 add(vec2 a, vec2 b) { return (vec2){a.x + b.x, a.y + b.y}; }
static vec2 scale(vec2 a, int k) { return (vec2){a.x * k / 16, a.y * k / 16}; }

static void step(particle *p, vec2 gravity) {
  if (!p->alive)
    return;
  p->vel = add(p->vel, scale(gravity, p->mass));
  p->pos = add(p->pos, p->vel);
  if (p->pos.y < 0) {
    p->pos.y = -p->pos.y;
    p->vel.y = -p->vel.y * 3 / 4;
    p->kind ^= 1;
  }
  if (p->pos.x < -10000 || p->pos.x > 10000)
    p->alive = 0;
}

static particle heaviest(const particle *v, int n) {
  particle best = v[0];
  for (int i = 1; i < n; i++)
    if (v[i].mass > best.mass || (v[i].mass == best.mass && v[i].id < best.id))
      best = v[i];
  return best;
}

int main(void) {
  unsigned r = 99;
  for (int i = 0; i < N; i++) {
    r = r * 1664525u + 1013904223u;
    ps[i] = (particle){{(int)(r >> 20) - 2048, (int)((r >> 8) & 1023)},
                       {(int)(r & 15) - 8, 0},
                       (int)(r >> 28) + 1,
                       (uint16_t)i,
                       1,
                       (uint8_t)(r & 1)};
  }
  vec2 g = {0, -3};
  for (int t = 0; t < 60; t++)
    for (int i = 0; i < N; i++)
      step(&ps[i], g);
  for (int i = 1; i < N; i++) {
    particle key = ps[i];
    int j = i - 1;
    while (j >= 0 && ps[j].pos.y > key.pos.y) {
      ps[j + 1] = ps[j];
      j--;
    }
    ps[j + 1] = key;
  }
  unsigned sum = 0, alive = 0;
  for (int i = 0; i < N; i++) {
    sum = sum * 31 + (unsigned)ps[i].pos.x * 7 + (unsigned)ps[i].pos.y + ps[i].id + ps[i].kind;
    alive += ps[i].alive;
  }
  particle h = heaviest(ps, N);
  printf("structs: %u alive, heaviest id %u mass %d\n", alive, h.id, h.mass);
  printf("structs checksum: %08x\n", sum);
  return 0;
}
