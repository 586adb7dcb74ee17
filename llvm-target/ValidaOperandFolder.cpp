//===-- ValidaOperandFolder.cpp - Fold frame loads/stores into users ------===//
// (placeholder, implemented below in a later revision)
//===----------------------------------------------------------------------===//

#include "Valida.h"
#include "llvm/CodeGen/MachineFunctionPass.h"

using namespace llvm;

#define DEBUG_TYPE "valida-fold-operands"

namespace {
class ValidaOperandFolder : public MachineFunctionPass {
public:
  static char ID;
  ValidaOperandFolder() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override { return "Valida operand folding"; }
  bool runOnMachineFunction(MachineFunction &MF) override { return false; }
};
} // namespace

char ValidaOperandFolder::ID = 0;
INITIALIZE_PASS(ValidaOperandFolder, DEBUG_TYPE, "Valida operand folding",
                false, false)

FunctionPass *llvm::createValidaOperandFolderPass() {
  return new ValidaOperandFolder();
}
