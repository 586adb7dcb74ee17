//===-- ValidaSlotRewriter.h - Rewrite vregs into frame slots ---*- C++ -*-===//
//
// The shared back half of the two register-allocation replacements
// (valida-vreg-lowering and valida-slot-alloc): given the stack slot of every
// virtual register, rewrite each register operand into that slot and each
// instruction into the form whose operand is a frame slot, using the
// generated relation tables (Valida::getFrameFormOpcode).
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDASLOTREWRITER_H
#define LLVM_LIB_TARGET_VALIDA_VALIDASLOTREWRITER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/CodeGen/Register.h"

namespace llvm {

class MachineFunction;

struct SlotRewriteStats {
  unsigned Rewritten = 0; ///< instructions changed to a frame form
  unsigned CopiesRemoved = 0; ///< copies between equal slots deleted
};

/// Rewrites \p MF so that it has no virtual registers left. \p SlotOf gives
/// the frame index of a virtual register. Reports unsupported instructions
/// through the LLVMContext (naming the function) and returns false for them.
bool rewriteVirtRegsToSlots(MachineFunction &MF,
                            function_ref<int(Register)> SlotOf,
                            SlotRewriteStats &Stats);

} // namespace llvm

#endif
