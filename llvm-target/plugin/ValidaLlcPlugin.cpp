//===-- ValidaLlcPlugin.cpp - Register the Valida target in llc -----------===//
//
// Loaded by `llc -load=ValidaPlugin.so`. This is the only static initialiser
// of the target: the static library used by the driver relies on explicit
// calls of the LLVMInitializeValida* functions instead (a static initialiser
// inside a .a would be dropped by the linker).
//
//===----------------------------------------------------------------------===//

#include "llvm/Support/Compiler.h"

extern "C" void LLVMInitializeValidaTargetInfo();
extern "C" void LLVMInitializeValidaTarget();
extern "C" void LLVMInitializeValidaTargetMC();
extern "C" void LLVMInitializeValidaAsmPrinter();
extern "C" void LLVMInitializeValidaAsmParser();

namespace {
struct RegisterValidaTarget {
  RegisterValidaTarget() {
    LLVMInitializeValidaTargetInfo();
    LLVMInitializeValidaTarget();
    LLVMInitializeValidaTargetMC();
    LLVMInitializeValidaAsmPrinter();
    LLVMInitializeValidaAsmParser();
  }
};
RegisterValidaTarget Registration;
} // namespace
