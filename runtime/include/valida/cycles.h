/* Cycle markers (docs/debugging.md): name a region of a program and
 * `valida run --stats` reports the instructions executed inside it.
 *
 *     valida_cycle_start("hash");
 *     hash(data, len);
 *     valida_cycle_end("hash");
 *
 * The markers are calls of empty functions that the VM recognises by their
 * symbol names; on the real Valida VM they are ordinary calls that do
 * nothing (a few instructions each). Regions may nest and repeat: each name
 * reports the total of its start/end pairs and how many there were. */
#ifndef _VALIDA_CYCLES_H
#define _VALIDA_CYCLES_H

#ifdef __cplusplus
extern "C" {
#endif

void valida_cycle_start(const char *name);
void valida_cycle_end(const char *name);

#ifdef __cplusplus
}
#endif
#endif
