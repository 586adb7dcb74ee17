//===-- ValidaOperandFolder.cpp - Fold frame loads/stores into users ------===//
//
// valida-fold-operands runs in SSA form before the vreg lowering. Every value
// costs a slot and every slot move an executed instruction, so loads of a
// frame slot into a virtual register (LWrf) and stores of a virtual register
// into a frame slot (SWfr) are merged into the instruction that uses or
// defines the register, choosing the form with a frame operand through the
// generated relation tables (Valida::getFrameFormOpcode):
//
//   fold up:    %0 = LWrf %fixed-stack.1        ; single use of %0
//               %2 = ADDrrr %0, %1         ->   %2 = ADDrfr %fixed-stack.1, %1
//   fold down:  %2 = ADDrff ...                 ; single use of %2
//               SWfr %fixed-stack.0, %2    ->   ADDfff %fixed-stack.0, ...
//
// The seed t0 (LWrf, LWrf, ADDrrr, SWfr) becomes one
// ADDfff %fixed-stack.0, %fixed-stack.2, %fixed-stack.1.
//
// A load of an incoming argument slot (immutable: nothing writes it) is
// folded into all its users, in any block.
//
// A fold moves a slot access: a load later (to its user) or a store earlier
// (to the definition). It is done only within one block and only if no
// instruction in between may access the slot: an instruction naming the same
// slot, a call, or a memory access through a pointer when the slot's address
// is taken (LOADFP of it anywhere in the function) or the slot belongs to a
// callee frame (target-index operands). Callee-frame slots are words named
// by their offset, so one outgoing argument's store does not block another's
// fold.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "ValidaInstrInfo.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-fold-operands"

STATISTIC(NumFoldedUp, "Number of frame loads folded into their user");
STATISTIC(NumFoldedDown, "Number of frame stores folded into the definition");

static cl::opt<bool> DisableFolding("valida-disable-fold-operands", cl::Hidden,
                                    cl::init(false),
                                    cl::desc("Disable valida-fold-operands"));

namespace {

class ValidaOperandFolder : public MachineFunctionPass {
public:
  static char ID;
  ValidaOperandFolder() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override { return "Valida operand folding"; }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getRequiredProperties() const override {
    return MachineFunctionProperties().setIsSSA();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  const TargetInstrInfo *TII = nullptr;
  MachineRegisterInfo *MRI = nullptr;
  SmallSet<int, 16> AddressTaken;

  bool mayAccessSlot(const MachineInstr &MI, const MachineOperand &Slot) const;
  bool clearBetween(MachineBasicBlock::iterator From,
                    MachineBasicBlock::iterator To,
                    const MachineOperand &Slot) const;
  bool foldUp(MachineInstr &Load);
  bool foldInvariant(MachineInstr &Load);
  bool foldDown(MachineInstr &Store);
};

} // namespace

char ValidaOperandFolder::ID = 0;

INITIALIZE_PASS(ValidaOperandFolder, DEBUG_TYPE, "Valida operand folding",
                false, false)

static bool sameSlot(const MachineOperand &A, const MachineOperand &B) {
  if (A.isFI() && B.isFI())
    return A.getIndex() == B.getIndex();
  // Callee-frame slots are words named by their offset in the callee frame
  // (every direct access is one word), so the outgoing arguments of a call
  // are distinct slots; accesses through pointers stay conservative below.
  if (A.isTargetIndex() && B.isTargetIndex())
    return A.getIndex() == B.getIndex() && A.getOffset() == B.getOffset();
  return false;
}

bool ValidaOperandFolder::mayAccessSlot(const MachineInstr &MI,
                                        const MachineOperand &Slot) const {
  if (!MI.mayLoadOrStore() && !MI.isCall() && !MI.hasUnmodeledSideEffects())
    return false;
  // Call frame setup/destroy markers touch no memory.
  if (TII->isFrameInstr(MI))
    return false;
  // Direct references: frame operands of the same slot.
  for (const MachineOperand &MO : MI.explicit_operands())
    if ((MO.isFI() || MO.isTargetIndex()) && sameSlot(MO, Slot))
      return true;
  // Slot moves and constants touch nothing but their frame operands (call
  // sequences store arguments this way, without memory operands).
  switch (MI.getOpcode()) {
  case Valida::LWrf:
  case Valida::LWff:
  case Valida::SWfr:
  case Valida::SWff:
  case Valida::IMM32f:
    return false;
  default:
    break;
  }
  bool Exposed = Slot.isTargetIndex() ||
                 (Slot.isFI() && AddressTaken.count(Slot.getIndex()));
  if (MI.isCall() || MI.hasUnmodeledSideEffects())
    return Exposed;
  // Accesses through pointers: all memory operands say which frame object
  // they touch, or the access may touch any exposed slot.
  if (MI.memoperands_empty())
    return Exposed;
  for (const MachineMemOperand *MMO : MI.memoperands()) {
    const PseudoSourceValue *PSV = MMO->getPseudoValue();
    if (auto *FS = dyn_cast_or_null<FixedStackPseudoSourceValue>(PSV)) {
      if (Slot.isFI() && FS->getFrameIndex() == Slot.getIndex())
        return true;
      continue;
    }
    if (Exposed)
      return true;
  }
  return false;
}

bool ValidaOperandFolder::clearBetween(MachineBasicBlock::iterator From,
                                       MachineBasicBlock::iterator To,
                                       const MachineOperand &Slot) const {
  for (auto I = std::next(From); I != To; ++I)
    if (mayAccessSlot(*I, Slot))
      return false;
  return true;
}

/// Changes operand \p MO of its instruction into the frame slot \p Slot,
/// if that form exists.
static bool rewriteUse(const TargetInstrInfo &TII, MachineOperand &MO,
                       const MachineOperand &Slot) {
  MachineInstr &User = *MO.getParent();
  int NewOpc = Valida::getFrameFormOpcode(User.getOpcode(),
                                          User.getOperandNo(&MO));
  if (NewOpc < 0)
    return false;
  User.setDesc(TII.get(NewOpc));
  if (Slot.isFI())
    MO.ChangeToFrameIndex(Slot.getIndex());
  else
    MO.ChangeToTargetIndex(Slot.getIndex(), Slot.getOffset(),
                           Slot.getTargetFlags());
  return true;
}

// A load of a slot nothing writes (an incoming argument): every use may read
// the slot directly, wherever it is.
//   %v = LWrf %fixed-stack.0
//   %a = ADDrri %v, 1          ->  %a = ADDrfi %fixed-stack.0, 1
//   %b = MULrrr %v, %a         ->  %b = MULrfr %fixed-stack.0, %a
bool ValidaOperandFolder::foldInvariant(MachineInstr &Load) {
  const MachineOperand &Slot = Load.getOperand(1);
  MachineFrameInfo &MFI = Load.getMF()->getFrameInfo();
  if (!Slot.isFI() || !MFI.isFixedObjectIndex(Slot.getIndex()) ||
      !MFI.isImmutableObjectIndex(Slot.getIndex()))
    return false;
  Register V = Load.getOperand(0).getReg();
  if (!V.isVirtual())
    return false;
  bool Changed = false;
  for (MachineOperand &MO : make_early_inc_range(MRI->use_nodbg_operands(V))) {
    MachineInstr &User = *MO.getParent();
    if (User.isPHI() || User.isCopy())
      continue;
    if (rewriteUse(*TII, MO, Slot)) {
      for (MachineMemOperand *MMO : Load.memoperands())
        User.addMemOperand(*User.getMF(), MMO);
      Changed = true;
    }
  }
  if (MRI->use_nodbg_empty(V)) {
    Load.eraseFromParent();
    ++NumFoldedUp;
  }
  return Changed;
}

// %v = LWrf slot; ... U(%v) -> U(slot)
bool ValidaOperandFolder::foldUp(MachineInstr &Load) {
  Register V = Load.getOperand(0).getReg();
  const MachineOperand &Slot = Load.getOperand(1);
  if (!V.isVirtual() || !MRI->hasOneNonDBGUse(V))
    return false;
  MachineOperand &UseMO = *MRI->use_nodbg_begin(V);
  MachineInstr &User = *UseMO.getParent();
  if (User.getParent() != Load.getParent() || User.isPHI() || User.isCopy())
    return false;
  unsigned Idx = User.getOperandNo(&UseMO);
  int NewOpc = Valida::getFrameFormOpcode(User.getOpcode(), Idx);
  if (NewOpc < 0)
    return false;
  if (!clearBetween(Load.getIterator(), User.getIterator(), Slot))
    return false;
  User.setDesc(TII->get(NewOpc));
  if (Slot.isFI())
    UseMO.ChangeToFrameIndex(Slot.getIndex());
  else
    UseMO.ChangeToTargetIndex(Slot.getIndex(), Slot.getOffset(),
                              Slot.getTargetFlags());
  // The load's memory operand describes the access that moved.
  for (MachineMemOperand *MMO : Load.memoperands())
    User.addMemOperand(*User.getMF(), MMO);
  Load.eraseFromParent();
  ++NumFoldedUp;
  return true;
}

// D: %v = OP...; ... SWfr slot, %v -> D: OP slot, ...
bool ValidaOperandFolder::foldDown(MachineInstr &Store) {
  Register V = Store.getOperand(1).getReg();
  const MachineOperand &Slot = Store.getOperand(0);
  if (!V.isVirtual() || !MRI->hasOneNonDBGUse(V))
    return false;
  MachineInstr *Def = MRI->getVRegDef(V);
  if (!Def || Def->getParent() != Store.getParent() || Def->isPHI() ||
      Def->isCopy() || Def->getOperand(0).getReg() != V)
    return false;
  int NewOpc = Valida::getFrameFormOpcode(Def->getOpcode(), 0);
  if (NewOpc < 0)
    return false;
  if (!clearBetween(Def->getIterator(), Store.getIterator(), Slot))
    return false;
  Def->setDesc(TII->get(NewOpc));
  MachineOperand &DefMO = Def->getOperand(0);
  if (Slot.isFI())
    DefMO.ChangeToFrameIndex(Slot.getIndex());
  else
    DefMO.ChangeToTargetIndex(Slot.getIndex(), Slot.getOffset(),
                              Slot.getTargetFlags());
  for (MachineMemOperand *MMO : Store.memoperands())
    Def->addMemOperand(*Def->getMF(), MMO);
  Store.eraseFromParent();
  ++NumFoldedDown;
  return true;
}

bool ValidaOperandFolder::runOnMachineFunction(MachineFunction &MF) {
  if (DisableFolding || skipFunction(MF.getFunction()))
    return false;
  TII = MF.getSubtarget().getInstrInfo();
  MRI = &MF.getRegInfo();

  AddressTaken.clear();
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      // Operand 1 of LOADFP is the object whose address is taken (operand
      // 0 is the destination).
      if ((MI.getOpcode() == Valida::LOADFPr ||
           MI.getOpcode() == Valida::LOADFPf ||
           MI.getOpcode() == Valida::LOADFPOr ||
           MI.getOpcode() == Valida::LOADFPOf) &&
          MI.getOperand(1).isFI())
        AddressTaken.insert(MI.getOperand(1).getIndex());

  bool Changed = false;
  for (MachineBasicBlock &MBB : MF) {
    for (MachineInstr &MI : make_early_inc_range(MBB))
      if (MI.getOpcode() == Valida::LWrf)
        Changed |= foldUp(MI) || foldInvariant(MI);
    for (MachineInstr &MI : make_early_inc_range(MBB))
      if (MI.getOpcode() == Valida::SWfr)
        Changed |= foldDown(MI);
  }
  return Changed;
}

FunctionPass *llvm::createValidaOperandFolderPass() {
  return new ValidaOperandFolder();
}
