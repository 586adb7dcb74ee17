//===-- ValidaRegisterInfo.cpp - Valida register information --------------===//
//
// Valida has no allocatable registers; frame indices become plain byte
// offsets from fp (operands printed `N(fp)`).
//
//===----------------------------------------------------------------------===//

#include "ValidaRegisterInfo.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "ValidaFrameLowering.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"

using namespace llvm;

#define GET_REGINFO_TARGET_DESC
#include "ValidaGenRegisterInfo.inc"

ValidaRegisterInfo::ValidaRegisterInfo() : ValidaGenRegisterInfo(/*RA=*/0) {}

const MCPhysReg *
ValidaRegisterInfo::getCalleeSavedRegs(const MachineFunction *MF) const {
  static const MCPhysReg None[] = {0};
  return None;
}

BitVector ValidaRegisterInfo::getReservedRegs(const MachineFunction &MF) const {
  BitVector Reserved(getNumRegs());
  Reserved.set(Valida::FP);
  Reserved.set(Valida::PC);
  Reserved.set(Valida::SLOT);
  return Reserved;
}

bool ValidaRegisterInfo::eliminateFrameIndex(MachineBasicBlock::iterator II,
                                             int SPAdj, unsigned FIOperandNum,
                                             RegScavenger *RS) const {
  MachineInstr &MI = *II;
  MachineFunction &MF = *MI.getMF();
  MachineOperand &MO = MI.getOperand(FIOperandNum);
  // Object offsets are relative to the incoming fp: fixed objects (return
  // address, return value, arguments) at 0, 4, 8, 12..., locals below.
  int64_t Offset = MF.getFrameInfo().getObjectOffset(MO.getIndex());
  MO.ChangeToImmediate(Offset);
  return false;
}

Register ValidaRegisterInfo::getFrameRegister(const MachineFunction &MF) const {
  return Valida::FP;
}
