//===-- ValidaFrameLowering.h - Valida frame lowering -----------*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAFRAMELOWERING_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAFRAMELOWERING_H

#include "llvm/CodeGen/TargetFrameLowering.h"

namespace llvm {

/// The Valida frame (docs/abi.md): 0(fp) return address, 4(fp) return value,
/// 8(fp) caller distance N, 12(fp)... arguments; locals below fp; the
/// outgoing area (callee header + arguments) at the bottom of the frame, so
/// a callee's fp is fp - N where N is this function's 8-aligned frame size.
/// There is no prologue or epilogue code: the caller's jal moves fp.
class ValidaFrameLowering : public TargetFrameLowering {
public:
  ValidaFrameLowering()
      : TargetFrameLowering(StackGrowsDown, Align(8), /*LocalAreaOffset=*/0,
                            Align(8), /*StackReal=*/false) {}

  void emitPrologue(MachineFunction &MF, MachineBasicBlock &MBB) const override;
  void emitEpilogue(MachineFunction &MF, MachineBasicBlock &MBB) const override;
  bool hasReservedCallFrame(const MachineFunction &MF) const override {
    return true;
  }
  MachineBasicBlock::iterator
  eliminateCallFramePseudoInstr(MachineFunction &MF, MachineBasicBlock &MBB,
                                MachineBasicBlock::iterator I) const override;

  /// Every frame object is addressed from fp at its object offset (debug
  /// locations of variables, DW_OP_fbreg / DW_OP_breg0).
  StackOffset getFrameIndexReference(const MachineFunction &MF, int FI,
                                     Register &FrameReg) const override;

  /// Frame distance N used at this function's call sites.
  static uint64_t getFrameDistance(const MachineFunction &MF);

protected:
  bool hasFPImpl(const MachineFunction &MF) const override { return true; }
};

} // namespace llvm

#endif
