//===-- ValidaSelectionDAGInfo.h - Block copies ----------------*- C++ -*-===//
//
// llvm.memcpy of a size too large (or unknown) to expand inline: a call of
// the runtime's memcpy by default. With -valida-use-memcpy (the driver's
// -mvalida-memcpy) it becomes one MEMCPY instruction instead, which the
// Valida v1.0 prover cannot prove (its CPU trace generation for MEMCPY is
// unimplemented): for execution-only builds.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDASELECTIONDAGINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDASELECTIONDAGINFO_H

#include "llvm/CodeGen/SelectionDAGTargetInfo.h"

namespace llvm {

/// Whether llvm.memcpy may become the (unprovable) MEMCPY instruction.
bool validaUseMemcpyInstr();

class ValidaSelectionDAGInfo : public SelectionDAGTargetInfo {
public:
  SDValue EmitTargetCodeForMemcpy(SelectionDAG &DAG, const SDLoc &DL,
                                  SDValue Chain, SDValue Dst, SDValue Src,
                                  SDValue Size, Align Alignment,
                                  bool IsVolatile, bool AlwaysInline,
                                  MachinePointerInfo DstPtrInfo,
                                  MachinePointerInfo SrcPtrInfo) const override;
};

} // namespace llvm

#endif
