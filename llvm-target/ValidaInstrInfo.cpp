//===-- ValidaInstrInfo.cpp - Valida instruction information --------------===//
//
// Form relations (generated from ValidaRelations.td), branch analysis for the
// generic block placement/folding passes, and expansion of the slot-move
// pseudos. No switch over opcodes: forms are found through the generated
// InstrMapping tables.
//
//===----------------------------------------------------------------------===//

#include "ValidaInstrInfo.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "ValidaSubtarget.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

#define GET_INSTRINFO_CTOR_DTOR
#define GET_INSTRMAP_INFO
#include "ValidaGenInstrInfo.inc"

int Valida::getFrameFormOpcode(unsigned Opc, unsigned OpIdx) {
  switch (OpIdx) {
  case 0:
    return Valida::getFrameOp0(Opc);
  case 1:
    return Valida::getFrameOp1(Opc);
  case 2:
    return Valida::getFrameOp2(Opc);
  default:
    return -1;
  }
}

int Valida::getImmFormOpcode(unsigned Opc, unsigned OpIdx) {
  switch (OpIdx) {
  case 1:
    return Valida::getImmOp1(Opc);
  case 2:
    return Valida::getImmOp2(Opc);
  default:
    return -1;
  }
}

int Valida::getNativeFormOpcode(unsigned Opc) {
  int Cur = Opc;
  for (unsigned Idx = 0; Idx < 3; ++Idx) {
    int Next = getFrameFormOpcode(Cur, Idx);
    if (Next >= 0)
      Cur = Next;
  }
  return Cur;
}

ValidaInstrInfo::ValidaInstrInfo(const ValidaSubtarget &STI)
    : ValidaGenInstrInfo(STI, RI, Valida::ADJCALLSTACKDOWN,
                         Valida::ADJCALLSTACKUP),
      RI() {}

bool ValidaInstrInfo::expandPostRAPseudo(MachineInstr &MI) const {
  unsigned Opc = MI.getOpcode();
  if (Opc != Valida::LWff && Opc != Valida::SWff)
    return false;
  // A slot-to-slot copy: addi a(fp), b(fp), 0.
  MachineBasicBlock &MBB = *MI.getParent();
  BuildMI(MBB, MI, MI.getDebugLoc(), get(Valida::ADDffi))
      .add(MI.getOperand(0))
      .add(MI.getOperand(1))
      .addImm(0);
  MBB.erase(MI);
  return true;
}

void ValidaInstrInfo::copyPhysReg(MachineBasicBlock &MBB,
                                  MachineBasicBlock::iterator MI,
                                  const DebugLoc &DL, Register DestReg,
                                  Register SrcReg, bool KillSrc,
                                  bool RenamableDest, bool RenamableSrc) const {
  // Valida has no physical registers to copy between; virtual register
  // copies are rewritten to slot moves by the vreg lowering.
  const Function &F = MBB.getParent()->getFunction();
  F.getContext().diagnose(DiagnosticInfoUnsupported(
      F, "physical register copy (Valida has no registers)", DL));
}

bool ValidaInstrInfo::isCondBranch(const MachineInstr &MI) {
  return MI.isConditionalBranch();
}

bool ValidaInstrInfo::analyzeBranch(MachineBasicBlock &MBB,
                                    MachineBasicBlock *&TBB,
                                    MachineBasicBlock *&FBB,
                                    SmallVectorImpl<MachineOperand> &Cond,
                                    bool AllowModify) const {
  MachineBasicBlock::iterator I = MBB.getLastNonDebugInstr();
  if (I == MBB.end() || !isUnpredicatedTerminator(*I))
    return false; // Falls through.

  // Collect the terminators, last first.
  SmallVector<MachineInstr *, 3> Terms;
  for (MachineBasicBlock::iterator E = MBB.begin();; --I) {
    if (I->isDebugInstr()) {
      if (I == E)
        break;
      continue;
    }
    if (!isUnpredicatedTerminator(*I))
      break;
    Terms.push_back(&*I);
    if (I == E)
      break;
  }

  MachineInstr *Last = Terms[0];
  auto setCond = [&](MachineInstr &Br) {
    TBB = Br.getOperand(0).getMBB();
    Cond.push_back(MachineOperand::CreateImm(Br.getOpcode()));
    Cond.push_back(Br.getOperand(1));
    Cond.push_back(Br.getOperand(2));
  };

  if (Terms.size() == 1) {
    if (Last->getOpcode() == Valida::JMP) {
      TBB = Last->getOperand(0).getMBB();
      return false;
    }
    if (isCondBranch(*Last)) {
      setCond(*Last);
      return false;
    }
    return true;
  }

  MachineInstr *SecondLast = Terms[1];
  if (Terms.size() == 2 && Last->getOpcode() == Valida::JMP) {
    if (isCondBranch(*SecondLast)) {
      setCond(*SecondLast);
      FBB = Last->getOperand(0).getMBB();
      return false;
    }
    if (SecondLast->getOpcode() == Valida::JMP) {
      TBB = SecondLast->getOperand(0).getMBB();
      if (AllowModify)
        Last->eraseFromParent();
      return false;
    }
  }
  return true;
}

unsigned ValidaInstrInfo::removeBranch(MachineBasicBlock &MBB,
                                       int *BytesRemoved) const {
  unsigned Count = 0;
  MachineBasicBlock::iterator I = MBB.end();
  while (I != MBB.begin()) {
    --I;
    if (I->isDebugInstr())
      continue;
    if (I->getOpcode() != Valida::JMP && !isCondBranch(*I))
      break;
    I->eraseFromParent();
    I = MBB.end();
    ++Count;
  }
  if (BytesRemoved)
    *BytesRemoved = Count * 24;
  return Count;
}

unsigned ValidaInstrInfo::insertBranch(MachineBasicBlock &MBB,
                                       MachineBasicBlock *TBB,
                                       MachineBasicBlock *FBB,
                                       ArrayRef<MachineOperand> Cond,
                                       const DebugLoc &DL,
                                       int *BytesAdded) const {
  assert(TBB && "insertBranch must not be told to insert a fallthrough");
  unsigned Count = 0;
  if (Cond.empty()) {
    BuildMI(&MBB, DL, get(Valida::JMP)).addMBB(TBB);
    Count = 1;
  } else {
    assert(Cond.size() == 3 && "malformed Valida branch condition");
    BuildMI(&MBB, DL, get(Cond[0].getImm()))
        .addMBB(TBB)
        .add(Cond[1])
        .add(Cond[2]);
    Count = 1;
    if (FBB) {
      BuildMI(&MBB, DL, get(Valida::JMP)).addMBB(FBB);
      ++Count;
    }
  }
  if (BytesAdded)
    *BytesAdded = Count * 24;
  return Count;
}

bool ValidaInstrInfo::reverseBranchCondition(
    SmallVectorImpl<MachineOperand> &Cond) const {
  if (Cond.size() != 3)
    return true;
  unsigned Opc = Cond[0].getImm();
  int Inv = Valida::getBNEForm(Opc);
  if (Inv < 0)
    Inv = Valida::getBEQForm(Opc);
  if (Inv < 0)
    return true;
  Cond[0].setImm(Inv);
  return false;
}

ArrayRef<std::pair<int, const char *>>
ValidaInstrInfo::getSerializableTargetIndices() const {
  static const std::pair<int, const char *> Indices[] = {
      {Valida::TI_CalleeSlot, "valida-callee-slot"},
      {Valida::TI_FrameSize, "valida-frame-size"},
      {Valida::TI_NegFrameSize, "valida-neg-frame-size"},
  };
  return Indices;
}
