//===-- ValidaSelectionDAGInfo.h - Block copies as MEMCPY -------*- C++ -*-===//
//
// llvm.memcpy (struct copies, byval arguments, memcpy calls clang turned
// into the intrinsic) becomes one MEMCPY instruction instead of a load and
// store per word, each needing its own address computation, or a call.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDASELECTIONDAGINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDASELECTIONDAGINFO_H

#include "llvm/CodeGen/SelectionDAGTargetInfo.h"

namespace llvm {

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
