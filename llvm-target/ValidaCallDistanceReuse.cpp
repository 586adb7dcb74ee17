//===-- ValidaCallDistanceReuse.cpp - Store the call distance once --------===//
//
// valida-reuse-call-distance: every call sequence stores the frame distance
// N into slot 8 of the callee frame (-N+8(fp)). Nothing else writes that slot
// (argument slots start at 12, results are read from 4, and a callee never
// writes its own 8(fp)), and all calls of a function use the same N, so the
// store is redundant wherever it has already happened on every path.
//
//   imm32 -16(fp), 24, 0, 0, 0        imm32 -16(fp), 24, 0, 0, 0
//   jal -24(fp), f, -24          ->   jal -24(fp), f, -24
//   imm32 -16(fp), 24, 0, 0, 0        jal -24(fp), g, -24
//   jal -24(fp), g, -24
//
// Storing N early is always safe (the slot belongs to this function's call
// area and nothing else uses it), so a store inside a loop is first hoisted
// to the preheader of its outermost loop (or the entry block). Then stores
// already in place on every path are removed: a forward "must be stored"
// data-flow problem over the CFG.
//
// Runs after the slot allocation, on the target-index form of the store
// (IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)).
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "ValidaInstrInfo.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-reuse-call-distance"

STATISTIC(NumRemoved, "Number of redundant call distance stores removed");
STATISTIC(NumHoisted, "Number of call distance stores hoisted out of loops");

static cl::opt<bool>
    DisableReuse("valida-disable-reuse-call-distance", cl::Hidden,
                 cl::init(false),
                 cl::desc("Disable valida-reuse-call-distance"));

namespace {

class ValidaCallDistanceReuse : public MachineFunctionPass {
public:
  static char ID;
  ValidaCallDistanceReuse() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida call distance reuse";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    AU.addRequired<MachineLoopInfoWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char ValidaCallDistanceReuse::ID = 0;

INITIALIZE_PASS_BEGIN(ValidaCallDistanceReuse, DEBUG_TYPE,
                      "Valida call distance reuse", false, false)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(ValidaCallDistanceReuse, DEBUG_TYPE,
                    "Valida call distance reuse", false, false)

/// The store of N into the callee frame's slot 8.
static bool isDistanceStore(const MachineInstr &MI) {
  if (MI.getOpcode() != Valida::IMM32f)
    return false;
  const MachineOperand &Slot = MI.getOperand(0), &Val = MI.getOperand(1);
  return Slot.isTargetIndex() && Slot.getIndex() == Valida::TI_CalleeSlot &&
         Slot.getOffset() == 8 && Val.isTargetIndex() &&
         Val.getIndex() == Valida::TI_FrameSize && Val.getOffset() == 0;
}

bool ValidaCallDistanceReuse::runOnMachineFunction(MachineFunction &MF) {
  if (DisableReuse || skipFunction(MF.getFunction()))
    return false;

  // Hoist stores out of loops.
  MachineLoopInfo &MLI = getAnalysis<MachineLoopInfoWrapperPass>().getLI();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  bool Hoisted = false;
  for (MachineBasicBlock &B : MF)
    for (MachineInstr &MI : make_early_inc_range(B)) {
      if (!isDistanceStore(MI))
        continue;
      MachineLoop *L = MLI.getLoopFor(&B);
      if (!L)
        continue;
      while (L->getParentLoop())
        L = L->getParentLoop();
      MachineBasicBlock *To = L->getLoopPreheader();
      if (!To)
        To = &MF.front();
      MI.removeFromParent();
      To->insert(To->getFirstTerminator(), &MI);
      ++NumHoisted;
      Hoisted = true;
    }
  (void)TII;

  // Stored[B]: N is in place at the end of B on every path.
  DenseMap<const MachineBasicBlock *, bool> Out;
  ReversePostOrderTraversal<MachineFunction *> RPOT(&MF);
  auto In = [&](const MachineBasicBlock *B) {
    if (B->pred_empty() || B == &MF.front())
      return false;
    for (const MachineBasicBlock *P : B->predecessors()) {
      auto It = Out.find(P);
      // Unvisited predecessors (back edges) are optimistic: true.
      if (It != Out.end() && !It->second)
        return false;
    }
    return true;
  };
  bool Changed = true;
  for (unsigned Iter = 0; Changed && Iter < 16; ++Iter) {
    Changed = false;
    for (MachineBasicBlock *B : RPOT) {
      bool S = In(B);
      for (const MachineInstr &MI : *B)
        S |= isDistanceStore(MI);
      auto [It, New] = Out.try_emplace(B, S);
      if (New || It->second != S) {
        It->second = S;
        Changed = true;
      }
    }
  }

  bool Removed = false;
  for (MachineBasicBlock *B : RPOT) {
    bool S = In(B);
    for (MachineInstr &MI : make_early_inc_range(*B)) {
      if (!isDistanceStore(MI))
        continue;
      if (S) {
        MI.eraseFromParent();
        ++NumRemoved;
        Removed = true;
      }
      S = true;
    }
  }
  return Removed || Hoisted;
}

FunctionPass *llvm::createValidaCallDistanceReusePass() {
  return new ValidaCallDistanceReuse();
}
