/* Complex multiplication and division with C11 Annex G's handling of
 * infinities and NaNs (clang calls these for `_Complex` * and / unless
 * -ffast-math or -fcx-limited-range). Division scales by a power of two
 * (logb/scalbn, done here on the bits) against overflow. */
#include <stdint.h>

#define T double
#define C _Complex double
#define MUL __muldc3
#define DIV __divdc3
#define UINT uint64_t
#define EXP_BITS 11
#define MANT_BITS 52
#include "mulc3.h"
#undef T
#undef C
#undef MUL
#undef DIV
#undef UINT
#undef EXP_BITS
#undef MANT_BITS

#define T float
#define C _Complex float
#define MUL __mulsc3
#define DIV __divsc3
#define UINT uint32_t
#define EXP_BITS 8
#define MANT_BITS 23
#include "mulc3.h"
