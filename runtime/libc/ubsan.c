/* The UndefinedBehaviorSanitizer runtime for -fsanitize=undefined: each
 * handler prints "file:line:col: runtime error: <check>" on stderr, as
 * clang's runtime does, and ends the program with FAIL (abort). The
 * recoverable and the _abort forms behave alike: a zkVM run that hit
 * undefined behaviour must not prove a result. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct loc {
  const char *file;
  uint32_t line, column;
};

struct type {
  uint16_t kind; /* 0 integer, 1 float */
  uint16_t info; /* integer: log2(bit width) << 1 | signed */
  char name[];
};

static _Noreturn void fail(const struct loc *l) {
  (void)l;
  abort();
}

static void head(const struct loc *l) {
  if (l && l->file)
    fprintf(stderr, "%s:%u:%u: runtime error: ", l->file, (unsigned)l->line, (unsigned)l->column);
  else
    fputs("<unknown>: runtime error: ", stderr);
}

static unsigned width(const struct type *t) { return 1u << (t->info >> 1); }

/* An integer operand: inline when it fits a pointer, else by address. */
static void value(const struct type *t, uintptr_t v) {
  if (t->kind != 0) {
    fputs("<value>", stderr);
    return;
  }
  unsigned w = width(t);
  int is_signed = t->info & 1;
  uint64_t u;
  if (w <= 32)
    u = (uint32_t)v;
  else if (w == 64)
    u = *(const uint64_t *)v;
  else {
    fputs("<value>", stderr);
    return;
  }
  if (is_signed) {
    int64_t s = w == 64 ? (int64_t)u : w == 32 ? (int32_t)u : w == 16 ? (int16_t)u : (int8_t)u;
    fprintf(stderr, "%lld", (long long)s);
  } else {
    if (w < 64)
      u &= (1ull << w) - 1;
    fprintf(stderr, "%llu", (unsigned long long)u);
  }
}

struct overflow_data {
  struct loc loc;
  const struct type *type;
};

static _Noreturn void arith(struct overflow_data *d, uintptr_t a, uintptr_t b, char op) {
  head(&d->loc);
  fprintf(stderr, "%s integer overflow: ", (d->type->info & 1) ? "signed" : "unsigned");
  value(d->type, a);
  fprintf(stderr, " %c ", op);
  value(d->type, b);
  fprintf(stderr, " cannot be represented in type %s\n", d->type->name);
  fail(&d->loc);
}

#define BOTH(name, params, body)                                              \
  _Noreturn void __ubsan_handle_##name params body                           \
  _Noreturn void __ubsan_handle_##name##_abort params body

BOTH(add_overflow, (struct overflow_data * d, uintptr_t a, uintptr_t b), { arith(d, a, b, '+'); })
BOTH(sub_overflow, (struct overflow_data * d, uintptr_t a, uintptr_t b), { arith(d, a, b, '-'); })
BOTH(mul_overflow, (struct overflow_data * d, uintptr_t a, uintptr_t b), { arith(d, a, b, '*'); })

BOTH(negate_overflow, (struct overflow_data * d, uintptr_t a), {
  head(&d->loc);
  fputs("negation of ", stderr);
  value(d->type, a);
  fprintf(stderr, " cannot be represented in type %s\n", d->type->name);
  fail(&d->loc);
})

BOTH(divrem_overflow, (struct overflow_data * d, uintptr_t a, uintptr_t b), {
  head(&d->loc);
  if (d->type->kind == 0 && b == 0)
    fputs("division by zero\n", stderr);
  else {
    fputs("division of ", stderr);
    value(d->type, a);
    fputs(" by ", stderr);
    value(d->type, b);
    fprintf(stderr, " cannot be represented in type %s\n", d->type->name);
  }
  fail(&d->loc);
})

struct shift_data {
  struct loc loc;
  const struct type *lhs, *rhs;
};

BOTH(shift_out_of_bounds, (struct shift_data * d, uintptr_t a, uintptr_t b), {
  head(&d->loc);
  fputs("shift exponent ", stderr);
  value(d->rhs, b);
  fprintf(stderr, " is negative or too large for shifting ");
  value(d->lhs, a);
  fprintf(stderr, " of type %s\n", d->lhs->name);
  fail(&d->loc);
})

struct bounds_data {
  struct loc loc;
  const struct type *array, *index;
};

BOTH(out_of_bounds, (struct bounds_data * d, uintptr_t i), {
  head(&d->loc);
  fputs("index ", stderr);
  value(d->index, i);
  fprintf(stderr, " out of bounds for type %s\n", d->array->name);
  fail(&d->loc);
})

struct mismatch_data {
  struct loc loc;
  const struct type *type;
  uint8_t log_align, kind;
};

static const char *const access_kind[] = {
    "load of", "store to", "reference binding to", "member access within",
    "member call on", "constructor call on", "downcast of", "downcast of",
    "upcast of", "cast to virtual base of", "_Nonnull binding to", "dynamic operation on"};

BOTH(type_mismatch_v1, (struct mismatch_data * d, uintptr_t p), {
  head(&d->loc);
  const char *what = d->kind < sizeof access_kind / sizeof *access_kind ? access_kind[d->kind]
                                                                         : "access to";
  uintptr_t align = (uintptr_t)1 << d->log_align;
  if (!p)
    fprintf(stderr, "%s null pointer of type %s\n", what, d->type->name);
  else if (p & (align - 1))
    fprintf(stderr, "%s misaligned address %p for type %s, which requires %u byte alignment\n",
            what, (void *)p, d->type->name, (unsigned)align);
  else
    fprintf(stderr, "%s address %p with insufficient space for an object of type %s\n", what,
            (void *)p, d->type->name);
  fail(&d->loc);
})

struct loc_only {
  struct loc loc;
};

_Noreturn void __ubsan_handle_builtin_unreachable(struct loc_only *d) {
  head(&d->loc);
  fputs("execution reached an unreachable program point\n", stderr);
  fail(&d->loc);
}

_Noreturn void __ubsan_handle_missing_return(struct loc_only *d) {
  head(&d->loc);
  fputs("execution reached the end of a value-returning function without returning a value\n",
        stderr);
  fail(&d->loc);
}

struct vla_data {
  struct loc loc;
  const struct type *type;
};

BOTH(vla_bound_not_positive, (struct vla_data * d, uintptr_t bound), {
  head(&d->loc);
  fputs("variable length array bound evaluates to non-positive value ", stderr);
  value(d->type, bound);
  fputc('\n', stderr);
  fail(&d->loc);
})

struct cast_data {
  struct loc loc;
  const struct type *from, *to;
};

BOTH(float_cast_overflow, (struct cast_data * d, uintptr_t v), {
  (void)v;
  head(&d->loc);
  fprintf(stderr, "value of type %s is outside the range of representable values of type %s\n",
          d->from->name, d->to->name);
  fail(&d->loc);
})

BOTH(load_invalid_value, (struct vla_data * d, uintptr_t v), {
  head(&d->loc);
  fputs("load of value ", stderr);
  value(d->type, v);
  fprintf(stderr, ", which is not a valid value for type %s\n", d->type->name);
  fail(&d->loc);
})

struct conversion_data {
  struct loc loc;
  const struct type *from, *to;
  uint8_t kind;
};

BOTH(implicit_conversion, (struct conversion_data * d, uintptr_t src, uintptr_t dst), {
  head(&d->loc);
  fprintf(stderr, "implicit conversion from type %s of value ", d->from->name);
  value(d->from, src);
  fprintf(stderr, " to type %s changed the value to ", d->to->name);
  value(d->to, dst);
  fputc('\n', stderr);
  fail(&d->loc);
})

struct builtin_data {
  struct loc loc;
  uint8_t kind;
};

BOTH(invalid_builtin, (struct builtin_data * d), {
  head(&d->loc);
  fprintf(stderr, "passing zero to %s, which is not a valid argument\n",
          d->kind == 0 ? "__builtin_ctz()" : d->kind == 1 ? "__builtin_clz()" : "a builtin");
  fail(&d->loc);
})

struct nonnull_arg_data {
  struct loc loc, attr;
  int index;
};

BOTH(nonnull_arg, (struct nonnull_arg_data * d), {
  head(&d->loc);
  fprintf(stderr, "null pointer passed as argument %d, which is declared to never be null\n",
          d->index);
  fail(&d->loc);
})

BOTH(nullability_arg, (struct nonnull_arg_data * d), {
  head(&d->loc);
  fprintf(stderr, "null pointer passed as argument %d, which is declared to never be null\n",
          d->index);
  fail(&d->loc);
})

BOTH(nonnull_return_v1, (struct loc_only * d, struct loc *l), {
  (void)d;
  head(l);
  fputs("null pointer returned from function declared to never return null\n", stderr);
  fail(l);
})

BOTH(nullability_return_v1, (struct loc_only * d, struct loc *l), {
  (void)d;
  head(l);
  fputs("null pointer returned from function declared to never return null\n", stderr);
  fail(l);
})

BOTH(pointer_overflow, (struct loc_only * d, uintptr_t base, uintptr_t result), {
  head(&d->loc);
  if (!base || !result)
    fprintf(stderr, "applying non-zero offset to null pointer\n");
  else
    fprintf(stderr, "pointer index expression with base %p overflowed to %p\n", (void *)base,
            (void *)result);
  fail(&d->loc);
})

struct assumption_data {
  struct loc loc, assumption;
  const struct type *type;
};

BOTH(alignment_assumption,
     (struct assumption_data * d, uintptr_t p, uintptr_t align, uintptr_t offset), {
       (void)offset;
       head(&d->loc);
       fprintf(stderr, "assumption of %u byte alignment for pointer of type %s failed (%p)\n",
               (unsigned)align, d->type->name, (void *)p);
       fail(&d->loc);
     })

BOTH(function_type_mismatch, (struct vla_data * d, uintptr_t f), {
  head(&d->loc);
  fprintf(stderr, "call to function %p through pointer to incorrect function type %s\n",
          (void *)f, d->type->name);
  fail(&d->loc);
})
