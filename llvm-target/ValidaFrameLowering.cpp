//===-- ValidaFrameLowering.cpp - Valida frame lowering -------------------===//
//
// Valida needs no prologue/epilogue instructions. What is left for frame
// lowering is fixing the frame size N and resolving the call-site operands
// that depend on it. Instruction selection emits those as target-index
// operands (see ValidaInstrInfo.h):
//
//   valida-callee-slot + k   the slot k(fp) of the callee frame  -> k-N (fp)
//   valida-frame-size        the immediate N                     -> N
//   valida-neg-frame-size    the immediate -N                    -> -N
//
// Before:   IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
//           JAL target-index(valida-callee-slot), @f, target-index(valida-neg-frame-size)
// After (N = 24):
//           IMM32f -16, 24         ; imm32 -16(fp), 24, 0, 0, 0
//           JAL -24, @f, -24       ; jal -24(fp), f, -24
//
//===----------------------------------------------------------------------===//

#include "ValidaFrameLowering.h"
#include "ValidaInstrInfo.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"

using namespace llvm;

uint64_t ValidaFrameLowering::getFrameDistance(const MachineFunction &MF) {
  return alignTo(MF.getFrameInfo().getStackSize(), 8);
}

void ValidaFrameLowering::emitPrologue(MachineFunction &MF,
                                       MachineBasicBlock &MBB) const {
  MachineFrameInfo &MFI = MF.getFrameInfo();
  // The outgoing area must exist whenever there is a call, even one whose
  // callee takes no arguments (its header is 0..11).
  uint64_t N = getFrameDistance(MF);
  MFI.setStackSize(N);

  for (MachineBasicBlock &B : MF)
    for (MachineInstr &MI : B)
      for (MachineOperand &MO : MI.operands()) {
        if (!MO.isTargetIndex())
          continue;
        int64_t Value;
        switch (MO.getIndex()) {
        case Valida::TI_CalleeSlot:
          Value = MO.getOffset() - int64_t(N);
          break;
        case Valida::TI_FrameSize:
          Value = int64_t(N) + MO.getOffset();
          break;
        case Valida::TI_NegFrameSize:
          Value = -int64_t(N) + MO.getOffset();
          break;
        default:
          continue;
        }
        MO.ChangeToImmediate(Value);
      }
}

StackOffset
ValidaFrameLowering::getFrameIndexReference(const MachineFunction &MF, int FI,
                                            Register &FrameReg) const {
  // Same offsets as ValidaRegisterInfo::eliminateFrameIndex: relative to
  // the function's own fp, which never moves inside the function.
  FrameReg = Valida::FP;
  return StackOffset::getFixed(MF.getFrameInfo().getObjectOffset(FI));
}

void ValidaFrameLowering::emitEpilogue(MachineFunction &MF,
                                       MachineBasicBlock &MBB) const {}

MachineBasicBlock::iterator ValidaFrameLowering::eliminateCallFramePseudoInstr(
    MachineFunction &MF, MachineBasicBlock &MBB,
    MachineBasicBlock::iterator I) const {
  // The outgoing area is reserved in the frame: nothing to adjust.
  return MBB.erase(I);
}
