//===-- ValidaRegisterInfo.h - Valida register information ------*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAREGISTERINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAREGISTERINFO_H

#include "llvm/CodeGen/TargetRegisterInfo.h"

#define GET_REGINFO_HEADER
#include "ValidaGenRegisterInfo.inc"

namespace llvm {

class ValidaRegisterInfo : public ValidaGenRegisterInfo {
public:
  ValidaRegisterInfo();

  const MCPhysReg *getCalleeSavedRegs(const MachineFunction *MF) const override;
  BitVector getReservedRegs(const MachineFunction &MF) const override;
  bool eliminateFrameIndex(MachineBasicBlock::iterator MI, int SPAdj,
                           unsigned FIOperandNum,
                           RegScavenger *RS = nullptr) const override;
  Register getFrameRegister(const MachineFunction &MF) const override;
};

} // namespace llvm

#endif
