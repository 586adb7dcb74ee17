/* setjmp/longjmp for Valida (docs/abi.md frame layout).
 *
 * setjmp's own frame holds 0(fp) = return address, 4(fp) = return value slot,
 * 8(fp) = distance N to its caller's frame. setjmp saves the return address,
 * its own fp and the caller's fp (fp + N). longjmp stores the value into the
 * saved return-value slot, where the caller reads setjmp's result, and jumps
 * to the return address with fp set to the caller's frame: execution
 * continues as if that setjmp call returned again. */
#include <setjmp.h>
#include <valida.h>

__attribute__((noinline, returns_twice)) int setjmp(jmp_buf env) {
  int *fp = __builtin_frame_address(0);
  env[0] = fp[0];                          /* return address */
  env[1] = (int)fp;                        /* setjmp's frame */
  env[2] = (int)((char *)fp + fp[2]);      /* caller's frame */
  return 0;
}

__attribute__((noinline)) _Noreturn void longjmp(jmp_buf env, int val) {
  unsigned pc = (unsigned)env[0];
  volatile int *frame = (volatile int *)env[1];
  void *caller_fp = (void *)env[2];
  frame[1] = val ? val : 1; /* last store before the jump */
  __valida_jump(pc, caller_fp);
}
