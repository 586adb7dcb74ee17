//===-- ValidaSlotCopyPropagation.cpp - Propagate slot copies -------------===//
//
// valida-slot-copy-prop runs after the slot allocation (-O1+). Copies
// between frame slots (LWff/SWff, `addi a, b, 0`) are what is left of PHIs
// and of copies the coalescer could not remove. Register slots (the stack
// objects that hold former virtual registers) are only ever accessed
// through frame operands, so their data flow is exact:
//
//  1. forward, within a block: after `X = copy Y`, reads of X read Y until
//     X or Y is written again (Y: a register slot or an argument slot,
//     which nothing writes);
//  2. within a block, `Y = op; ...; X = copy Y` becomes `X = op` (later reads
//     of Y read X) when Y is dead after the block and X is not touched in
//     between;
//  3. backward, over the CFG: an instruction without side effects that
//     writes a register slot nobody reads afterwards is deleted (copies
//     made dead by step 1, mostly);
//  4. forward, over the CFG: `imm32 X, K` when X holds K on every path to
//     it is deleted (a constant PHI input materialised on both sides of a
//     branch). Not in functions that call setjmp: its second return is an
//     edge the CFG lacks.
//
//   X = addi Y, 0            X = addi Y, 0     ; dead if X not read later
//   Z = add X, W       ->    Z = add Y, W
//   V = sub X, 1             V = sub Y, 1
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "ValidaInstrInfo.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-slot-copy-prop"

STATISTIC(NumPropagated, "Number of slot reads redirected to a copy source");
STATISTIC(NumDeleted, "Number of dead slot writes deleted");
STATISTIC(NumCoalesced, "Number of copies merged into the definition");
STATISTIC(NumConstants, "Number of constant writes of a value already there");

static cl::opt<bool>
    DisableCopyProp("valida-disable-slot-copy-prop", cl::Hidden,
                    cl::init(false), cl::desc("Disable valida-slot-copy-prop"));

namespace {

class ValidaSlotCopyPropagation : public MachineFunctionPass {
public:
  static char ID;
  ValidaSlotCopyPropagation() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida slot copy propagation";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  /// Register slot -> dense index.
  DenseMap<int, unsigned> SlotIndex;
  const MachineFrameInfo *MFI = nullptr;

  bool isRegSlot(const MachineOperand &MO) const {
    return MO.isFI() && SlotIndex.count(MO.getIndex());
  }
  /// A slot whose value a copy may forward: a register slot, or an incoming
  /// argument (nothing writes it).
  bool isStableSource(const MachineOperand &MO) const {
    return isRegSlot(MO) ||
           (MO.isFI() && MFI->isFixedObjectIndex(MO.getIndex()) &&
            MFI->isImmutableObjectIndex(MO.getIndex()));
  }
  static bool isSlotCopy(const MachineInstr &MI) {
    return MI.getOpcode() == Valida::LWff || MI.getOpcode() == Valida::SWff;
  }
  /// Reads of frame operands: every explicit operand but a written op 0.
  static bool isRead(const MachineInstr &MI, unsigned Idx) {
    return Idx != 0 || !Valida::writesOp0(MI);
  }

  bool propagate(MachineBasicBlock &MBB);
  void computeLiveness(MachineFunction &MF,
                       DenseMap<const MachineBasicBlock *, BitVector> &LiveOut);
  bool coalesceIntoDef(MachineBasicBlock &MBB, const BitVector &LiveOut);
  bool removeDeadWrites(MachineFunction &MF);
  bool removeRepeatedConstants(MachineFunction &MF);
};

} // namespace

char ValidaSlotCopyPropagation::ID = 0;

INITIALIZE_PASS(ValidaSlotCopyPropagation, DEBUG_TYPE,
                "Valida slot copy propagation", false, false)

bool ValidaSlotCopyPropagation::propagate(MachineBasicBlock &MBB) {
  bool Changed = false;
  DenseMap<int, int> Avail; // copy destination -> source
  for (MachineInstr &MI : make_early_inc_range(MBB)) {
    for (unsigned I = 0, E = MI.getNumExplicitOperands(); I != E; ++I) {
      MachineOperand &MO = MI.getOperand(I);
      if (!MO.isFI() || !isRead(MI, I))
        continue;
      auto It = Avail.find(MO.getIndex());
      if (It != Avail.end()) {
        MO.setIndex(It->second);
        ++NumPropagated;
        Changed = true;
      }
    }
    if (!Valida::writesOp0(MI) || !MI.getOperand(0).isFI())
      continue;
    int X = MI.getOperand(0).getIndex();
    Avail.erase(X);
    for (auto It = Avail.begin(); It != Avail.end();) {
      auto Cur = It++;
      if (Cur->second == X)
        Avail.erase(Cur);
    }
    if (!isSlotCopy(MI) || !isRegSlot(MI.getOperand(0)) ||
        !isStableSource(MI.getOperand(1)))
      continue;
    int Y = MI.getOperand(1).getIndex();
    if (X == Y) {
      MI.eraseFromParent();
      ++NumDeleted;
      Changed = true;
      continue;
    }
    Avail[X] = Y;
  }
  return Changed;
}

void ValidaSlotCopyPropagation::computeLiveness(
    MachineFunction &MF,
    DenseMap<const MachineBasicBlock *, BitVector> &LiveOut) {
  unsigned N = SlotIndex.size();
  DenseMap<const MachineBasicBlock *, BitVector> LiveIn;
  auto Transfer = [&](const MachineInstr &MI, BitVector &Live) {
    if (Valida::writesOp0(MI) && isRegSlot(MI.getOperand(0)))
      Live.reset(SlotIndex[MI.getOperand(0).getIndex()]);
    for (unsigned I = 0, E = MI.getNumExplicitOperands(); I != E; ++I)
      if (isRead(MI, I) && isRegSlot(MI.getOperand(I)))
        Live.set(SlotIndex[MI.getOperand(I).getIndex()]);
  };
  LiveOut.clear();
  for (MachineBasicBlock &B : MF) {
    LiveIn[&B] = BitVector(N);
    LiveOut[&B] = BitVector(N);
  }
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (MachineBasicBlock *B : post_order(&MF)) {
      BitVector Out(N);
      for (MachineBasicBlock *S : B->successors())
        Out |= LiveIn[S];
      BitVector In = Out;
      for (const MachineInstr &MI : llvm::reverse(*B))
        Transfer(MI, In);
      LiveOut[B] = Out;
      if (In != LiveIn[B]) {
        LiveIn[B] = std::move(In);
        Changed = true;
      }
    }
  }
}

bool ValidaSlotCopyPropagation::removeDeadWrites(MachineFunction &MF) {
  DenseMap<const MachineBasicBlock *, BitVector> LiveOut;
  computeLiveness(MF, LiveOut);
  auto Transfer = [&](const MachineInstr &MI, BitVector &Live) {
    if (Valida::writesOp0(MI) && isRegSlot(MI.getOperand(0)))
      Live.reset(SlotIndex[MI.getOperand(0).getIndex()]);
    for (unsigned I = 0, E = MI.getNumExplicitOperands(); I != E; ++I)
      if (isRead(MI, I) && isRegSlot(MI.getOperand(I)))
        Live.set(SlotIndex[MI.getOperand(I).getIndex()]);
  };
  bool Removed = false;
  for (MachineBasicBlock &B : MF) {
    BitVector Live = LiveOut[&B];
    for (MachineInstr &MI : make_early_inc_range(llvm::reverse(B))) {
      if (Valida::writesOp0(MI) && isRegSlot(MI.getOperand(0)) &&
          !Live.test(SlotIndex[MI.getOperand(0).getIndex()]) &&
          !MI.isCall() && !MI.hasUnmodeledSideEffects() &&
          !MI.isTerminator()) {
        MI.eraseFromParent();
        ++NumDeleted;
        Removed = true;
        continue;
      }
      Transfer(MI, Live);
    }
  }
  return Removed;
}

static bool readsSlot(const MachineInstr &MI, int FI) {
  for (unsigned I = 0, E = MI.getNumExplicitOperands(); I != E; ++I) {
    const MachineOperand &MO = MI.getOperand(I);
    if (MO.isFI() && MO.getIndex() == FI && (I != 0 || !Valida::writesOp0(MI)))
      return true;
  }
  return false;
}

static bool writesSlot(const MachineInstr &MI, int FI) {
  return Valida::writesOp0(MI) && MI.getOperand(0).isFI() &&
         MI.getOperand(0).getIndex() == FI;
}

static void redirectReads(MachineInstr &MI, int From, int To) {
  for (unsigned I = 0, E = MI.getNumExplicitOperands(); I != E; ++I) {
    MachineOperand &MO = MI.getOperand(I);
    if (MO.isFI() && MO.getIndex() == From &&
        (I != 0 || !Valida::writesOp0(MI)))
      MO.setIndex(To);
  }
}

// Y = op ...; ...; X = copy Y; ... reads of Y   ->
// X = op ...; ...;              ... reads of X
// when X is untouched between the definition and the copy, Y is dead at the
// end of the block (or rewritten before), and X is not rewritten while Y's
// value is still read. Typical for loop counters:
//   addi -20(fp), -16(fp), -1          addi -16(fp), -16(fp), -1
//   addi -16(fp), -20(fp), 0     ->    bnei L, -16(fp), 0
//   bnei L, -20(fp), 0
bool ValidaSlotCopyPropagation::coalesceIntoDef(MachineBasicBlock &MBB,
                                                const BitVector &LiveOut) {
  bool Changed = false;
  for (auto CI = MBB.begin(); CI != MBB.end();) {
    MachineInstr &C = *CI++;
    if (!isSlotCopy(C) || !isRegSlot(C.getOperand(0)) ||
        !isRegSlot(C.getOperand(1)))
      continue;
    int X = C.getOperand(0).getIndex(), Y = C.getOperand(1).getIndex();
    if (X == Y)
      continue;
    // The definition of Y that the copy reads, with X untouched since.
    MachineInstr *Def = nullptr;
    for (MachineBasicBlock::reverse_instr_iterator I = C.getReverseIterator(),
                                                   E = MBB.instr_rend();
         ++I != E;) {
      if (writesSlot(*I, Y)) {
        Def = &*I;
        break;
      }
      if (readsSlot(*I, X) || writesSlot(*I, X) || I->isCall())
        break;
    }
    if (!Def || Def->isCall() || Def->hasUnmodeledSideEffects())
      continue;
    // After the copy: every read of Y must still find the value in X.
    bool Ok = true, YRewritten = false;
    bool XWritten = false;
    SmallVector<MachineInstr *, 4> Readers;
    for (MachineBasicBlock::iterator I = std::next(C.getIterator()),
                                     E = MBB.end();
         I != E; ++I) {
      if (readsSlot(*I, Y)) {
        if (XWritten) {
          Ok = false;
          break;
        }
        Readers.push_back(&*I);
      }
      if (writesSlot(*I, Y)) {
        YRewritten = true;
        break;
      }
      if (writesSlot(*I, X))
        XWritten = true;
    }
    if (!Ok || (!YRewritten && LiveOut.test(SlotIndex[Y])))
      continue;
    // Apply.
    Def->getOperand(0).setIndex(X);
    for (MachineBasicBlock::iterator I = std::next(Def->getIterator());
         &*I != &C; ++I)
      redirectReads(*I, Y, X);
    for (MachineInstr *R : Readers)
      redirectReads(*R, Y, X);
    C.eraseFromParent();
    ++NumCoalesced;
    Changed = true;
  }
  return Changed;
}

bool ValidaSlotCopyPropagation::runOnMachineFunction(MachineFunction &MF) {
  if (DisableCopyProp || skipFunction(MF.getFunction()))
    return false;
  MFI = &MF.getFrameInfo();
  // Register slots: 4-byte stack objects that back no IR alloca and whose
  // address is never taken (what the slot allocation creates).
  SlotIndex.clear();
  SmallSet<int, 8> AddressTaken;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB) {
      // Inline asm reads and writes its slots in ways no operand flag
      // tells this pass (an output is not operand 0): leave them alone.
      if (MI.isInlineAsm()) {
        for (const MachineOperand &MO : MI.operands())
          if (MO.isFI())
            AddressTaken.insert(MO.getIndex());
        continue;
      }
      // Operand 1 of LOADFP is the object whose address is taken (operand
      // 0 is the destination).
      if ((MI.getOpcode() == Valida::LOADFPr ||
           MI.getOpcode() == Valida::LOADFPf ||
           MI.getOpcode() == Valida::LOADFPOr ||
           MI.getOpcode() == Valida::LOADFPOf) &&
          MI.getOperand(1).isFI())
        AddressTaken.insert(MI.getOperand(1).getIndex());
      // Objects accessed at an offset are not register slots either.
      else if (MI.getOpcode() == Valida::LWOff && MI.getOperand(1).isFI())
        AddressTaken.insert(MI.getOperand(1).getIndex());
      else if (MI.getOpcode() == Valida::SWOff && MI.getOperand(0).isFI())
        AddressTaken.insert(MI.getOperand(0).getIndex());
    }
  for (int FI = 0, E = MFI->getObjectIndexEnd(); FI != E; ++FI)
    if (!MFI->isDeadObjectIndex(FI) && MFI->getObjectSize(FI) == 4 &&
        !MFI->getObjectAllocation(FI) && !AddressTaken.count(FI))
      SlotIndex.try_emplace(FI, SlotIndex.size());
  if (SlotIndex.empty())
    return false;

  bool Changed = false;
  for (MachineBasicBlock &MBB : MF)
    Changed |= propagate(MBB);
  {
    DenseMap<const MachineBasicBlock *, BitVector> LiveOut;
    computeLiveness(MF, LiveOut);
    for (MachineBasicBlock &MBB : MF)
      Changed |= coalesceIntoDef(MBB, LiveOut[&MBB]);
  }
  Changed |= removeDeadWrites(MF);
  Changed |= removeRepeatedConstants(MF);
  return Changed;
}

bool ValidaSlotCopyPropagation::removeRepeatedConstants(MachineFunction &MF) {
  if (MF.exposesReturnsTwice())
    return false;
  bool Changed = false;
  // Per visited block: the register slots known to hold a constant (the
  // IMM32f operand that wrote it) at its end.
  using Constants = DenseMap<int, MachineOperand>;
  DenseMap<const MachineBasicBlock *, Constants> Out;
  ReversePostOrderTraversal<MachineFunction *> RPOT(&MF);
  for (MachineBasicBlock *B : RPOT) {
    // What every predecessor agrees on; a predecessor not visited yet (a
    // loop's back edge) or none at all (the entry) means nothing is known.
    Constants Known;
    bool First = true;
    for (MachineBasicBlock *P : B->predecessors()) {
      auto It = Out.find(P);
      if (It == Out.end()) {
        Known.clear();
        break;
      }
      if (First) {
        Known = It->second;
        First = false;
        continue;
      }
      for (auto K = Known.begin(); K != Known.end();) {
        auto Cur = K++;
        auto Other = It->second.find(Cur->first);
        if (Other == It->second.end() ||
            !Other->second.isIdenticalTo(Cur->second))
          Known.erase(Cur);
      }
    }
    for (MachineInstr &MI : make_early_inc_range(*B)) {
      if (!Valida::writesOp0(MI) || !MI.getOperand(0).isFI())
        continue;
      int X = MI.getOperand(0).getIndex();
      if (MI.getOpcode() != Valida::IMM32f || !isRegSlot(MI.getOperand(0))) {
        Known.erase(X);
        continue;
      }
      const MachineOperand &K = MI.getOperand(1);
      auto It = Known.find(X);
      if (It != Known.end() && It->second.isIdenticalTo(K)) {
        MI.eraseFromParent();
        ++NumConstants;
        Changed = true;
        continue;
      }
      Known.erase(X);
      Known.try_emplace(X, K);
    }
    Out[B] = std::move(Known);
  }
  return Changed;
}

FunctionPass *llvm::createValidaSlotCopyPropagationPass() {
  return new ValidaSlotCopyPropagation();
}
