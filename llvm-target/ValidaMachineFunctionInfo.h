//===-- ValidaMachineFunctionInfo.h - Per-function Valida state -*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAMACHINEFUNCTIONINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAMACHINEFUNCTIONINFO_H

#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"

namespace llvm {

class ValidaMachineFunctionInfo : public MachineFunctionInfo {
  /// Fixed object of the first variadic argument slot (va_start).
  int VarArgsFrameIndex = 0;
  /// Fixed object 4(fp) holding the return value, created on demand.
  int ReturnValueFrameIndex = -1;
  /// Fixed object 0(fp) holding the return address, created on demand.
  int ReturnAddressFrameIndex = -1;
  /// Virtual register holding the dynamic-alloca pointer at entry, restored
  /// at every return (functions with dynamic allocas only).
  Register AllocaSaveReg;

public:
  ValidaMachineFunctionInfo(const Function &F,
                            const TargetSubtargetInfo *STI) {}

  MachineFunctionInfo *
  clone(BumpPtrAllocator &Allocator, MachineFunction &DestMF,
        const DenseMap<MachineBasicBlock *, MachineBasicBlock *> &Src2DstMBB)
      const override {
    return DestMF.cloneInfo<ValidaMachineFunctionInfo>(*this);
  }

  Register getAllocaSaveReg() const { return AllocaSaveReg; }
  void setAllocaSaveReg(Register R) { AllocaSaveReg = R; }

  int getVarArgsFrameIndex() const { return VarArgsFrameIndex; }
  void setVarArgsFrameIndex(int FI) { VarArgsFrameIndex = FI; }

  int getReturnValueFrameIndex(MachineFrameInfo &MFI) {
    if (ReturnValueFrameIndex < 0)
      ReturnValueFrameIndex =
          MFI.CreateFixedObject(4, /*SPOffset=*/4, /*IsImmutable=*/false);
    return ReturnValueFrameIndex;
  }
  int getReturnAddressFrameIndex(MachineFrameInfo &MFI) {
    if (ReturnAddressFrameIndex < 0)
      ReturnAddressFrameIndex =
          MFI.CreateFixedObject(4, /*SPOffset=*/0, /*IsImmutable=*/false);
    return ReturnAddressFrameIndex;
  }
};

} // namespace llvm

#endif
