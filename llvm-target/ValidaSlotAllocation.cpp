//===-- ValidaSlotAllocation.cpp - Linear-scan stack slot allocation ------===//
//
// valida-slot-alloc replaces register allocation at -O1 and above. Like
// valida-vreg-lowering it turns every virtual register into a frame slot and
// every instruction into its frame form, but virtual registers whose live
// intervals do not overlap share a slot (a linear scan over the intervals in
// order of their start; a register takes the slot of a register it is
// copied to or from when that slot is free, else the first free slot, else a
// new one). A copy between registers sharing a slot disappears.
//
// Before:
//   %0:gpr = LWrf %fixed-stack.1
//   %1:gpr = LWrf %fixed-stack.0
//   %2:gpr = ADDrrr %0, %1          ; %0 and %1 die here, %2 starts here
//   SWfr %fixed-stack.2, %2
// After (2 slots instead of 3):
//   LWff %stack.0, %fixed-stack.1
//   LWff %stack.1, %fixed-stack.0
//   ADDfff %stack.0, %stack.0, %stack.1
//   SWff %fixed-stack.2, %stack.0
//
//===----------------------------------------------------------------------===//

#include "Valida.h"
#include "ValidaSlotRewriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SlotIndexes.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

#define DEBUG_TYPE "valida-slot-alloc"

STATISTIC(NumVRegs, "Number of virtual registers given a slot");
STATISTIC(NumSlots, "Number of stack slots created");
STATISTIC(NumHinted, "Number of registers given the slot of a copy peer");
STATISTIC(NumCopiesRemoved, "Number of copies between shared slots removed");

static cl::opt<bool> DisableSharing(
    "valida-disable-slot-sharing", cl::Hidden, cl::init(false),
    cl::desc("Give every virtual register its own slot in valida-slot-alloc"));

namespace {

class ValidaSlotAllocation : public MachineFunctionPass {
public:
  static char ID;
  ValidaSlotAllocation() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida linear-scan stack slot allocation";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    AU.addRequired<LiveIntervalsWrapperPass>();
    AU.addRequired<SlotIndexesWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getSetProperties() const override {
    return MachineFunctionProperties().setNoVRegs();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

/// One shared slot and the intervals assigned to it so far.
struct SlotState {
  int FI;
  SlotIndex End; ///< the latest end among its intervals
  SmallVector<const LiveInterval *, 4> Intervals;
};

} // namespace

char ValidaSlotAllocation::ID = 0;

INITIALIZE_PASS_BEGIN(ValidaSlotAllocation, DEBUG_TYPE,
                      "Valida linear-scan stack slot allocation", false, false)
INITIALIZE_PASS_DEPENDENCY(LiveIntervalsWrapperPass)
INITIALIZE_PASS_DEPENDENCY(SlotIndexesWrapperPass)
INITIALIZE_PASS_END(ValidaSlotAllocation, DEBUG_TYPE,
                    "Valida linear-scan stack slot allocation", false, false)

bool ValidaSlotAllocation::runOnMachineFunction(MachineFunction &MF) {
  MachineFrameInfo &MFI = MF.getFrameInfo();
  MachineRegisterInfo &MRI = MF.getRegInfo();
  LiveIntervals &LIS = getAnalysis<LiveIntervalsWrapperPass>().getLIS();

  // Intervals in order of their start.
  SmallVector<const LiveInterval *, 64> Order;
  for (unsigned I = 0, E = MRI.getNumVirtRegs(); I != E; ++I) {
    Register R = Register::index2VirtReg(I);
    if (MRI.reg_nodbg_empty(R) || !LIS.hasInterval(R))
      continue;
    const LiveInterval &LI = LIS.getInterval(R);
    if (LI.empty())
      continue;
    Order.push_back(&LI);
  }
  llvm::stable_sort(Order, [](const LiveInterval *A, const LiveInterval *B) {
    return A->beginIndex() < B->beginIndex();
  });

  // Copy-related registers: giving both ends of a copy one slot deletes
  // the copy.
  DenseMap<Register, SmallVector<Register, 2>> CopyPeers;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      if (MI.isCopy() && MI.getOperand(0).getReg().isVirtual() &&
          MI.getOperand(1).getReg().isVirtual()) {
        Register D = MI.getOperand(0).getReg(), S = MI.getOperand(1).getReg();
        CopyPeers[D].push_back(S);
        CopyPeers[S].push_back(D);
      }

  DenseMap<Register, int> Slots;
  DenseMap<int, unsigned> PoolIndex;
  SmallVector<SlotState, 32> Pool;
  auto IsFree = [](const SlotState &S, const LiveInterval *LI) {
    // Every interval of the slot ended before this one starts, or none of
    // them overlaps it (intervals may have holes).
    return S.End <= LI->beginIndex() ||
           llvm::none_of(S.Intervals, [&](const LiveInterval *O) {
             return O->overlaps(*LI);
           });
  };
  // setjmp returns a second time from longjmp, along an edge the CFG does
  // not have: a slot that a value live across setjmp shares with a value
  // written between setjmp and longjmp would be clobbered when setjmp
  // returns again. (Other targets get away with it because jmp_buf saves
  // the callee-saved registers; slots are not saved.)
  const bool Share = !DisableSharing && !MF.exposesReturnsTwice();
  for (const LiveInterval *LI : Order) {
    SlotState *Chosen = nullptr;
    if (Share) {
      // First choice: the slot of a copy peer, then the first free slot.
      auto Peers = CopyPeers.find(LI->reg());
      if (Peers != CopyPeers.end())
        for (Register P : Peers->second) {
          auto It = Slots.find(P);
          if (It == Slots.end())
            continue;
          SlotState &S = Pool[PoolIndex[It->second]];
          if (IsFree(S, LI)) {
            Chosen = &S;
            ++NumHinted;
            break;
          }
        }
      if (!Chosen)
        for (SlotState &S : Pool)
          if (IsFree(S, LI)) {
            Chosen = &S;
            break;
          }
    }
    if (!Chosen) {
      Pool.push_back(
          {MFI.CreateStackObject(4, Align(4), /*isSpillSlot=*/false),
           LI->endIndex(),
           {}});
      ++NumSlots;
      PoolIndex[Pool.back().FI] = Pool.size() - 1;
      Chosen = &Pool.back();
    }
    Chosen->Intervals.push_back(LI);
    if (Chosen->End < LI->endIndex())
      Chosen->End = LI->endIndex();
    Slots[LI->reg()] = Chosen->FI;
    ++NumVRegs;
  }

  // Registers without an interval (no non-debug uses) get a scratch slot.
  int Scratch = -1;
  auto SlotOf = [&](Register R) {
    auto It = Slots.find(R);
    if (It != Slots.end())
      return It->second;
    if (Scratch < 0)
      Scratch = MFI.CreateStackObject(4, Align(4), false);
    return Scratch;
  };
  SlotRewriteStats Stats;
  rewriteVirtRegsToSlots(MF, SlotOf, Stats);
  NumCopiesRemoved += Stats.CopiesRemoved;
  // The intervals describe registers that no longer exist.
  for (const LiveInterval *LI : Order)
    LIS.removeInterval(LI->reg());
  return true;
}

FunctionPass *llvm::createValidaSlotAllocationPass() {
  return new ValidaSlotAllocation();
}
