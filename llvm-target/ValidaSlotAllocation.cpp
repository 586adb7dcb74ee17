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
// An incoming argument slot belongs to the callee (docs/abi.md): a register
// loaded from one at entry, whose slot nothing else reads after the register
// has changed, lives in the argument slot itself ("homing"), so the entry
// copy `addi -8(fp), 12(fp), 0` disappears (a loop counter or pointer
// that starts as an argument, e.g. quicksort's lo/hi, memcpy's d/s/n).
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

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "ValidaInstrInfo.h"
#include "ValidaSlotRewriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SlotIndexes.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-slot-alloc"

STATISTIC(NumVRegs, "Number of virtual registers given a slot");
STATISTIC(NumSlots, "Number of stack slots created");
STATISTIC(NumHinted, "Number of registers given the slot of a copy peer");
STATISTIC(NumCopiesRemoved, "Number of copies between shared slots removed");
STATISTIC(NumHomed, "Number of registers given their incoming argument slot");

static cl::opt<bool> DisableSharing(
    "valida-disable-slot-sharing", cl::Hidden, cl::init(false),
    cl::desc("Give every virtual register its own slot in valida-slot-alloc"));

static cl::opt<bool> DisableArgHoming(
    "valida-disable-arg-homing", cl::Hidden, cl::init(false),
    cl::desc("Never give a register the incoming argument slot it is "
             "loaded from in valida-slot-alloc (keep the entry copy)"));

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

/// The incoming argument slot \p Load (`%r = LWrf %fixed-stack.K`) can hold
/// its register for the register's whole life: the load is in the entry
/// block and is the register's first definition (the slot is untouched until
/// then), the slot is one word at 12(fp) or above whose address is never
/// taken, and every other access to it is a read that happens either before
/// the load in the entry block or where the register still holds the loaded
/// value (so sharing the slot cannot be observed).
static bool canHome(const MachineInstr &Load, const MachineFrameInfo &MFI,
                    const LiveIntervals &LIS) {
  const MachineOperand &Src = Load.getOperand(1);
  if (!Src.isFI() || !Load.getOperand(0).isReg())
    return false;
  int FI = Src.getIndex();
  Register R = Load.getOperand(0).getReg();
  const MachineBasicBlock &Entry = *Load.getParent();
  if (!MFI.isFixedObjectIndex(FI) || MFI.getObjectSize(FI) != 4 ||
      MFI.getObjectOffset(FI) < 12 || MFI.isAliasedObjectIndex(FI) ||
      !R.isVirtual() || !LIS.hasInterval(R) || !Entry.isEntryBlock() ||
      !Entry.pred_empty())
    return false;
  for (const MachineInstr &MI : Entry) {
    if (&MI == &Load)
      break;
    if (MI.definesRegister(R, /*TRI=*/nullptr))
      return false;
  }
  const LiveInterval &LI = LIS.getInterval(R);
  const VNInfo *Loaded =
      LI.getVNInfoAt(LIS.getInstructionIndex(Load).getRegSlot());
  if (!Loaded)
    return false;
  const MachineFunction &MF = *Entry.getParent();
  for (const MachineBasicBlock &MBB : MF) {
    bool BeforeLoad = &MBB == &Entry;
    for (const MachineInstr &MI : MBB) {
      if (&MI == &Load) {
        BeforeLoad = false;
        continue;
      }
      if (MI.isDebugInstr())
        continue;
      for (unsigned Idx = 0, E = MI.getNumOperands(); Idx != E; ++Idx) {
        const MachineOperand &MO = MI.getOperand(Idx);
        if (!MO.isFI() || MO.getIndex() != FI)
          continue;
        // Only a frame-slot read of a native-form operand: not its address
        // (LOADFP*), not an offset access, not a write, not inline asm.
        if (MI.isInlineAsm() || MI.isCall() ||
            Idx >= MI.getNumExplicitOperands() ||
            (Idx == 0 && Valida::writesOp0(MI)) ||
            MI.getOpcode() == Valida::LOADFPr ||
            MI.getOpcode() == Valida::LOADFPf ||
            MI.getOpcode() == Valida::LOADFPOr ||
            MI.getOpcode() == Valida::LOADFPOf ||
            MI.getOpcode() == Valida::LWOff || MI.getOpcode() == Valida::SWOff)
          return false;
        if (BeforeLoad)
          continue;
        if (LI.getVNInfoAt(LIS.getInstructionIndex(MI)) != Loaded)
          return false;
      }
    }
  }
  return true;
}

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

  // Registers that may live in the argument slot they are loaded from.
  DenseMap<Register, int> Homes;
  SmallVector<MachineInstr *, 4> HomeLoads;
  if (!DisableArgHoming && !MF.exposesReturnsTwice())
    for (MachineInstr &MI : MF.front())
      if (MI.getOpcode() == Valida::LWrf && canHome(MI, MFI, LIS) &&
          Homes.try_emplace(MI.getOperand(0).getReg(),
                            MI.getOperand(1).getIndex())
              .second)
        HomeLoads.push_back(&MI);
  // Two registers loaded from one slot: neither is homed there.
  {
    DenseMap<int, unsigned> Uses;
    for (auto &[R, FI] : Homes)
      ++Uses[FI];
    SmallVector<MachineInstr *, 4> Kept;
    for (MachineInstr *MI : HomeLoads)
      if (Uses[MI->getOperand(1).getIndex()] == 1)
        Kept.push_back(MI);
      else
        Homes.erase(MI->getOperand(0).getReg());
    HomeLoads = std::move(Kept);
  }

  for (const LiveInterval *LI : Order) {
    SlotState *Chosen = nullptr;
    if (auto Home = Homes.find(LI->reg()); Home != Homes.end()) {
      // The slot is written from now on: no pass may treat it as the
      // caller's unchanging argument any more.
      MFI.setIsImmutableObjectIndex(Home->second, false);
      Pool.push_back({Home->second, LI->endIndex(), {}});
      PoolIndex[Home->second] = Pool.size() - 1;
      Chosen = &Pool.back();
      ++NumHomed;
    } else if (Share) {
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
  // A homed register's load became `LWff K, K`.
  for (MachineInstr *MI : HomeLoads)
    if (MI->getOpcode() == Valida::LWff && MI->getOperand(0).isFI() &&
        MI->getOperand(1).isFI() &&
        MI->getOperand(0).getIndex() == MI->getOperand(1).getIndex()) {
      MI->eraseFromParent();
      ++NumCopiesRemoved;
    }
  // The intervals describe registers that no longer exist.
  for (const LiveInterval *LI : Order)
    LIS.removeInterval(LI->reg());
  return true;
}

FunctionPass *llvm::createValidaSlotAllocationPass() {
  return new ValidaSlotAllocation();
}
