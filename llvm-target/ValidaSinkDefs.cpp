//===-- ValidaSinkDefs.cpp - Sink definitions below their sources' uses ---===//
//
// valida-sink-defs runs in SSA form before PHI elimination (-O1+). A pure
// ALU instruction whose result is first used further down its block is
// moved down to that use when one of its sources is still read in between
// by a load or store (the address of a post-increment access), or by any
// instruction when the source is the loop variable (a PHI) whose next value
// the instruction computes (`t = q >> 31` after `q1 = q << 1`).
// Its result then starts where the source ends, so the two do not overlap:
// the register coalescer can give a loop variable and its next value one
// virtual register, and the PHI copy of the next value disappears. IR order
// puts the increment of a post-increment (`*d++ = *s++`) before the access:
//
//   %s1 = ADDrri %s0, 1                 %v = LOADU8rr %s0
//   %v = LOADU8rr %s0           ->      %s1 = ADDrri %s0, 1
//   ... PHI %s0 <- %s1                  ... (%s0, %s1 coalesced, no copy)
//
// After slot allocation that is `loadu8 v, s; addi s, s, 1` instead of
// `addi t, s, 1; loadu8 v, s; addi s, t, 0`.
//
// Only instructions with register and immediate operands move (a frame
// operand could be written in between); SSA guarantees that no source is
// redefined on the way. An instruction never sinks past the next value of
// another loop variable it reads (`s1 = s + i` stays above `i1 = i + 1`),
// which would only move the overlap onto that variable.
//
// Before sinking, an offset from a loop variable that is computed after the
// variable's next value is rebased on the next value, which is live to the
// back edge anyway (bubble sort's `q = p + 4; ...; r = p + 8`):
//
//   %q = ADDrri %p, 4                   %q = ADDrri %p, 4
//   SWrr %q, %t                 ->      SWrr %q, %t
//   %r = ADDrri %p, 8                   %r = ADDrri %q, 4
//   ... PHI %p <- %q                    ... (%p, %q coalesced, no copy)
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineDominators.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-sink-defs"

STATISTIC(NumSunk, "Number of definitions sunk below their sources' uses");
STATISTIC(NumRebased, "Number of offsets rebased on a loop variable's next value");

static cl::opt<bool> DisableSinkDefs("valida-disable-sink-defs", cl::Hidden,
                                     cl::init(false),
                                     cl::desc("Disable valida-sink-defs"));

static cl::opt<bool> DisableRebase(
    "valida-disable-rebase-offsets", cl::Hidden, cl::init(false),
    cl::desc("valida-sink-defs: keep offsets from a loop variable that are "
             "computed after its next value on the old value"));

namespace {

class ValidaSinkDefs : public MachineFunctionPass {
public:
  static char ID;
  ValidaSinkDefs() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida sink definitions below their sources' uses";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    AU.addRequired<MachineDominatorTreeWrapperPass>();
    AU.addPreserved<MachineDominatorTreeWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getRequiredProperties() const override {
    return MachineFunctionProperties().setIsSSA();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  MachineDominatorTree *MDT = nullptr;
  bool sink(MachineInstr &MI);
  bool rebaseOffsets(MachineInstr &Next);
};

} // namespace

char ValidaSinkDefs::ID = 0;

INITIALIZE_PASS_BEGIN(ValidaSinkDefs, DEBUG_TYPE,
                      "Valida sink definitions below their sources' uses",
                      false, false)
INITIALIZE_PASS_DEPENDENCY(MachineDominatorTreeWrapperPass)
INITIALIZE_PASS_END(ValidaSinkDefs, DEBUG_TYPE,
                    "Valida sink definitions below their sources' uses", false,
                    false)

/// A pure ALU instruction: one virtual register result, virtual register and
/// immediate operands only.
static bool isCandidate(const MachineInstr &MI) {
  if (MI.isPHI() || MI.isCopy() || MI.isTerminator() || MI.isCall() ||
      MI.mayLoadOrStore() || MI.hasUnmodeledSideEffects() ||
      MI.isDebugInstr() || MI.getNumDefs() != 1 || MI.isInlineAsm())
    return false;
  for (const MachineOperand &MO : MI.operands()) {
    if (MO.isImm())
      continue;
    if (!MO.isReg() || !MO.getReg().isVirtual() || MO.isImplicit())
      return false;
  }
  return MI.getOperand(0).isReg() && MI.getOperand(0).isDef();
}

bool ValidaSinkDefs::sink(MachineInstr &MI) {
  if (!isCandidate(MI))
    return false;
  Register Def = MI.getOperand(0).getReg();
  SmallSet<Register, 4> Sources;
  for (const MachineOperand &MO : MI.uses())
    if (MO.isReg())
      Sources.insert(MO.getReg());
  if (Sources.empty())
    return false;

  MachineBasicBlock &MBB = *MI.getParent();
  MachineRegisterInfo &MRI = MBB.getParent()->getRegInfo();
  // Carried: the source that is a PHI taking Def as an incoming value (MI
  // computes the next value of that loop variable). The next values of the
  // other PHI sources must stay after MI.
  Register Carried;
  SmallSet<Register, 4> NextOfOtherSource;
  for (Register S : Sources) {
    MachineInstr *SD = MRI.getVRegDef(S);
    if (!SD || !SD->isPHI())
      continue;
    bool TakesDef = false;
    for (unsigned I = 1, E = SD->getNumOperands(); I < E; I += 2) {
      Register In = SD->getOperand(I).getReg();
      if (In == Def)
        TakesDef = true;
      else
        NextOfOtherSource.insert(In);
    }
    if (TakesDef && !Carried)
      Carried = S;
  }
  bool SourceReadBetween = false;
  MachineBasicBlock::iterator Pos = std::next(MI.getIterator());
  for (; Pos != MBB.end(); ++Pos) {
    if (Pos->isTerminator() || Pos->readsRegister(Def, /*TRI=*/nullptr))
      break;
    if (Pos->isDebugInstr())
      continue;
    // A memory access reading any source, or any reader of the loop
    // variable MI advances, is a reader to sink below.
    if (Pos->mayLoadOrStore()) {
      for (const MachineOperand &MO : Pos->uses())
        if (MO.isReg() && Sources.count(MO.getReg()))
          SourceReadBetween = true;
    } else if (Carried && Pos->readsRegister(Carried, /*TRI=*/nullptr)) {
      // Any reader of the loop variable whose next value MI computes.
      SourceReadBetween = true;
    }
    // Sinking past the next value of another loop variable MI reads would
    // make that variable overlap its own next value instead.
    for (const MachineOperand &MO : Pos->defs())
      if (MO.isReg() && NextOfOtherSource.count(MO.getReg()))
        return false;
  }
  if (!SourceReadBetween)
    return false;
  MBB.splice(Pos, &MBB, MI.getIterator());
  // A source killed by a reader in between now lives on to MI.
  for (Register S : Sources)
    MRI.clearKillFlags(S);
  ++NumSunk;
  return true;
}

/// Next is `%q = ADDrri %p, c1` with %q an incoming value of %p's PHI.
/// Every `%r = ADDrri %p, c2` that Next dominates becomes `ADDrri %q, c2 - c1`.
bool ValidaSinkDefs::rebaseOffsets(MachineInstr &Next) {
  if (Next.getOpcode() != Valida::ADDrri || !Next.getOperand(1).isReg() ||
      !Next.getOperand(2).isImm())
    return false;
  Register Q = Next.getOperand(0).getReg();
  Register P = Next.getOperand(1).getReg();
  MachineRegisterInfo &MRI = Next.getMF()->getRegInfo();
  if (!Q.isVirtual() || !P.isVirtual())
    return false;
  MachineInstr *Phi = MRI.getVRegDef(P);
  if (!Phi || !Phi->isPHI())
    return false;
  bool Carries = false;
  for (unsigned I = 1, E = Phi->getNumOperands(); I < E; I += 2)
    Carries |= Phi->getOperand(I).getReg() == Q;
  if (!Carries)
    return false;
  int64_t C1 = Next.getOperand(2).getImm();
  SmallVector<MachineInstr *, 8> Offsets;
  for (MachineInstr &R : MRI.use_nodbg_instructions(P))
    if (&R != &Next && R.getOpcode() == Valida::ADDrri &&
        R.getOperand(1).isReg() && R.getOperand(1).getReg() == P &&
        R.getOperand(2).isImm() && MDT->dominates(&Next, &R))
      Offsets.push_back(&R);
  bool Changed = false;
  for (MachineInstr *R : Offsets) {
    // Immediates are 32-bit and wrap like the addition itself.
    int64_t C2 = R->getOperand(2).getImm();
    R->getOperand(1).setReg(Q);
    R->getOperand(1).setIsKill(false);
    R->getOperand(2).setImm(SignExtend64<32>(uint64_t(C2 - C1)));
    ++NumRebased;
    Changed = true;
  }
  if (Changed) {
    MRI.clearKillFlags(P);
    MRI.clearKillFlags(Q);
  }
  return Changed;
}

bool ValidaSinkDefs::runOnMachineFunction(MachineFunction &MF) {
  if (DisableSinkDefs || skipFunction(MF.getFunction()))
    return false;
  bool Changed = false;
  MDT = &getAnalysis<MachineDominatorTreeWrapperPass>().getDomTree();
  if (!DisableRebase)
    for (MachineBasicBlock &MBB : MF)
      for (MachineInstr &MI : MBB)
        Changed |= rebaseOffsets(MI);
  for (MachineBasicBlock &MBB : MF) {
    // Bottom-up: an instruction sinks below the uses of its sources, which
    // have already sunk as far as they will.
    SmallVector<MachineInstr *, 32> Order;
    for (MachineInstr &MI : MBB)
      Order.push_back(&MI);
    for (MachineInstr *MI : llvm::reverse(Order))
      Changed |= sink(*MI);
  }
  return Changed;
}

FunctionPass *llvm::createValidaSinkDefsPass() { return new ValidaSinkDefs(); }
