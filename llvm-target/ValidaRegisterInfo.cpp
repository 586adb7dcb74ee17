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
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"

#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define GET_REGINFO_TARGET_DESC
#include "ValidaGenRegisterInfo.inc"

ValidaRegisterInfo::ValidaRegisterInfo()
    : ValidaGenRegisterInfo(/*RA=*/Valida::PC) {}

const MCPhysReg *
ValidaRegisterInfo::getCalleeSavedRegs(const MachineFunction *MF) const {
  static const MCPhysReg None[] = {0};
  return None;
}

static cl::opt<bool> DisableCoalescing(
    "valida-disable-coalescing", cl::Hidden, cl::init(false),
    cl::desc("Reserve the placeholder register SLOT, which turns LLVM's "
             "register coalescer off for Valida"));

BitVector ValidaRegisterInfo::getReservedRegs(const MachineFunction &MF) const {
  BitVector Reserved(getNumRegs());
  Reserved.set(Valida::FP);
  Reserved.set(Valida::PC);
  // SLOT is left allocatable: LLVM's register coalescer joins no copies in
  // a class without allocatable registers, and its joins (PHI copies of
  // loop variables, mostly) are what the slot allocation then turns into
  // shared slots. Nothing ever assigns SLOT itself.
  if (DisableCoalescing)
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

  // Object + constant forms: fold the constant in and become the plain form
  // (LWOff -> LWff, SWOff -> SWff, LOADFPOf -> LOADFPf). The constant is the
  // operand after the frame index.
  static const std::pair<unsigned, unsigned> OffsetForms[] = {
      {Valida::LWOff, Valida::LWff},
      {Valida::SWOff, Valida::SWff},
      {Valida::LOADFPOf, Valida::LOADFPf}};
  for (auto [From, To] : OffsetForms) {
    if (MI.getOpcode() != From || FIOperandNum + 1 >= MI.getNumOperands() ||
        !MI.getOperand(FIOperandNum + 1).isImm())
      continue;
    Offset += MI.getOperand(FIOperandNum + 1).getImm();
    MI.removeOperand(FIOperandNum + 1);
    MI.setDesc(MF.getSubtarget().getInstrInfo()->get(To));
    break;
  }
  MI.getOperand(FIOperandNum).ChangeToImmediate(Offset);
  return false;
}

Register ValidaRegisterInfo::getFrameRegister(const MachineFunction &MF) const {
  return Valida::FP;
}
