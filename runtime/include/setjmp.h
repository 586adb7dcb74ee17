#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

/* Valida uses 3 words (return address, setjmp's fp, caller's fp);
 * RV32 uses 14 (ra, sp, s0-s11). */
typedef int jmp_buf[16];

int setjmp(jmp_buf env);
__attribute__((__noreturn__)) void longjmp(jmp_buf env, int val);
#define _setjmp setjmp
#define _longjmp longjmp

#ifdef __cplusplus
}
#endif
#endif
