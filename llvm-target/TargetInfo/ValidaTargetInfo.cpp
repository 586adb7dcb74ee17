//===-- ValidaTargetInfo.cpp - Valida target registration -----------------===//
//
// Registers target "valida".  Triple::getArch() is UnknownArch for
// `valida-unknown-unknown` (the triple parser has a fixed architecture list),
// so the target claims the unknown-arch slot; the TargetMachine refuses any
// triple whose architecture name is not `valida` (see isValidaTriple).
//
//===----------------------------------------------------------------------===//

#include "TargetInfo/ValidaTargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Compiler.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

Target &llvm::getTheValidaTarget() {
  static Target TheValidaTarget;
  return TheValidaTarget;
}

bool llvm::isValidaTriple(const Triple &TT) {
  return TT.getArch() == Triple::UnknownArch &&
         TT.getArchName().equals_insensitive("valida");
}

extern "C" LLVM_EXTERNAL_VISIBILITY void
LLVMInitializeValidaTargetInfo() {
  RegisterTarget<Triple::UnknownArch, /*HasJIT=*/false> X(
      getTheValidaTarget(), "valida", "Valida zkVM (24-byte frame-slot ISA)",
      "Valida");
}
