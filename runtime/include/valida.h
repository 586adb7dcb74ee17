/* Target builtins of the Valida zkVM (docs/abi.md). The Valida back end turns
 * calls to these functions into single instructions. */
#ifndef _VALIDA_H
#define _VALIDA_H

#ifdef __cplusplus
extern "C" {
#endif

void __valida_write(int byte);            /* write: low byte to stdout */
int __valida_read_advice(void);           /* advread: next input byte, -1 at end */
__attribute__((__noreturn__)) void __valida_stop(void);       /* stop */
__attribute__((__noreturn__)) void __valida_fail(void);       /* fail */
void __valida_keccakf(void *state);       /* Keccak-f[1600] on 200 bytes */
__attribute__((__noreturn__)) void __valida_jump(unsigned pc, void *fp); /* jalv to pc with fp */

/* main's status, read by the VM at stop (defined by the runtime). */
extern int __valida_exit_code;

#ifdef __cplusplus
}
#endif
#endif
