//===-- ValidaVirtualRegisterLowering.cpp - One slot per vreg -------------===//
//
// valida-vreg-lowering replaces register allocation at -O0: Valida has no
// registers, so every virtual register becomes its own 4-byte stack object,
// and every instruction is rewritten to the form whose operands are all
// frame slots (the native form), through the generated relation tables.
//
// Before (after instruction selection, t0 = add of two arguments):
//   %0:gpr = LWrf %fixed-stack.1
//   %1:gpr = LWrf %fixed-stack.0
//   %2:gpr = ADDrrr %0, %1
//   SWfr %fixed-stack.2, %2
// After:
//   LWff %stack.0, %fixed-stack.1
//   LWff %stack.1, %fixed-stack.0
//   ADDfff %stack.2, %stack.0, %stack.1
//   SWff %fixed-stack.2, %stack.2
//
//===----------------------------------------------------------------------===//

#include "Valida.h"
#include "ValidaSlotRewriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"

using namespace llvm;

#define DEBUG_TYPE "valida-vreg-lowering"

STATISTIC(NumSlots, "Number of stack slots created for virtual registers");
STATISTIC(NumRewritten, "Number of instructions rewritten to frame forms");

namespace {

class ValidaVirtualRegisterLowering : public MachineFunctionPass {
public:
  static char ID;
  ValidaVirtualRegisterLowering() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida virtual register lowering";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getSetProperties() const override {
    return MachineFunctionProperties().setNoVRegs();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char ValidaVirtualRegisterLowering::ID = 0;

INITIALIZE_PASS(ValidaVirtualRegisterLowering, DEBUG_TYPE,
                "Valida virtual register lowering", false, false)

bool ValidaVirtualRegisterLowering::runOnMachineFunction(MachineFunction &MF) {
  MachineFrameInfo &MFI = MF.getFrameInfo();
  DenseMap<Register, int> Slots;
  auto SlotOf = [&](Register R) {
    auto [It, New] = Slots.try_emplace(R, 0);
    if (New) {
      It->second = MFI.CreateStackObject(4, Align(4), /*isSpillSlot=*/false);
      ++NumSlots;
    }
    return It->second;
  };
  SlotRewriteStats Stats;
  rewriteVirtRegsToSlots(MF, SlotOf, Stats);
  NumRewritten += Stats.Rewritten;
  return true;
}

FunctionPass *llvm::createValidaVirtualRegisterLoweringPass() {
  return new ValidaVirtualRegisterLowering();
}
