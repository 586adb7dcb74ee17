//===-- Valida.h - Top-level interface for the Valida target ----*- C++ -*-===//
//
// The passes of the Valida code generator: one create*/initialize* pair per
// pass. The pass order is in ValidaTargetMachine.cpp (ValidaPassConfig).
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDA_H
#define LLVM_LIB_TARGET_VALIDA_VALIDA_H

#include "llvm/Support/CodeGen.h"

namespace llvm {

class AllocaInst;

class FunctionPass;
class ModulePass;
class PassRegistry;
class ValidaTargetMachine;

/// valida-alloca-area (IR): weak default definitions of the dynamic alloca
/// area for modules that use dynamic allocas.
ModulePass *createValidaAllocaAreaPass();

/// Whether \p AI is allocated from the dynamic alloca area at run time: a
/// dynamic alloca, or a static one aligned beyond the 8-byte stack
/// alignment (frames cannot be realigned, so LLVM lowers it dynamically).
bool usesValidaAllocaArea(const AllocaInst &AI);
void initializeValidaAllocaAreaPass(PassRegistry &);

/// SelectionDAG instruction selection: register forms (ADDrrr, ...).
FunctionPass *createValidaISelDag(ValidaTargetMachine &TM,
                                  CodeGenOptLevel OptLevel);
void initializeValidaDAGToDAGISelLegacyPass(PassRegistry &);

/// valida-redundant-mask: deletes ANDs with a constant that clear no bit
/// their source may have set (a byte loaded by LOADU8 masked with 255;
/// SSA, -O1 and above).
FunctionPass *createValidaRedundantMaskPass();
void initializeValidaRedundantMaskPass(PassRegistry &);

/// valida-fold-operands: merges single-use frame loads/stores into their
/// users (SSA, before the vreg lowering).
FunctionPass *createValidaOperandFolderPass();
void initializeValidaOperandFolderPass(PassRegistry &);

/// valida-sink-defs: moves pure ALU definitions down to their first use
/// when their sources are read in between (SSA, -O1 and above).
FunctionPass *createValidaSinkDefsPass();
void initializeValidaSinkDefsPass(PassRegistry &);

/// valida-vreg-lowering: every virtual register becomes its own stack slot
/// and every instruction its native frame form (replaces register
/// allocation at -O0).
FunctionPass *createValidaVirtualRegisterLoweringPass();
void initializeValidaVirtualRegisterLoweringPass(PassRegistry &);

/// valida-slot-alloc: like valida-vreg-lowering, but virtual registers whose
/// live intervals do not overlap share a slot (replaces register allocation
/// at -O1 and above).
FunctionPass *createValidaSlotAllocationPass();
void initializeValidaSlotAllocationPass(PassRegistry &);

/// valida-slot-copy-prop: forwards slot copies to their readers and deletes
/// dead slot writes (-O1 and above, after valida-slot-alloc).
FunctionPass *createValidaSlotCopyPropagationPass();
void initializeValidaSlotCopyPropagationPass(PassRegistry &);

/// valida-reuse-call-distance: removes stores of the call distance N that
/// are already in place on every path (-O1 and above).
FunctionPass *createValidaCallDistanceReusePass();
void initializeValidaCallDistanceReusePass(PassRegistry &);

} // namespace llvm

#endif
