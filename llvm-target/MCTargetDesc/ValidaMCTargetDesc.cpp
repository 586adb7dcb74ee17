//===-- ValidaMCTargetDesc.cpp - Valida MC layer registration -------------===//
//
// Registers everything needed to print or encode a Valida MCInst without the
// code generator: instruction/register/subtarget tables, MCAsmInfo,
// instruction printer, code emitter and assembler backend (which owns the
// ELF object writer).
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "MCTargetDesc/ValidaInstPrinter.h"
#include "MCTargetDesc/ValidaMCAsmInfo.h"
#include "TargetInfo/ValidaTargetInfo.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Compiler.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

#define GET_INSTRINFO_MC_DESC
#define ENABLE_INSTR_PREDICATE_VERIFIER
#include "ValidaGenInstrInfo.inc"

#define GET_SUBTARGETINFO_MC_DESC
#include "ValidaGenSubtargetInfo.inc"

#define GET_REGINFO_MC_DESC
#include "ValidaGenRegisterInfo.inc"

static MCInstrInfo *createValidaMCInstrInfo() {
  auto *X = new MCInstrInfo();
  InitValidaMCInstrInfo(X);
  return X;
}

static MCRegisterInfo *createValidaMCRegisterInfo(const Triple &TT) {
  auto *X = new MCRegisterInfo();
  // Valida has no return-address register: the return address lives in the
  // frame slot 0(fp).
  InitValidaMCRegisterInfo(X, /*RA=*/0);
  return X;
}

static MCSubtargetInfo *
createValidaMCSubtargetInfo(const Triple &TT, StringRef CPU, StringRef FS) {
  return createValidaMCSubtargetInfoImpl(TT, CPU, /*TuneCPU=*/CPU, FS);
}

static MCAsmInfo *createValidaMCAsmInfo(const MCRegisterInfo &MRI,
                                        const Triple &TT,
                                        const MCTargetOptions &Options) {
  return new ValidaMCAsmInfo(TT, Options);
}

static MCInstPrinter *createValidaMCInstPrinter(const Triple &T,
                                                unsigned SyntaxVariant,
                                                const MCAsmInfo &MAI,
                                                const MCInstrInfo &MII,
                                                const MCRegisterInfo &MRI) {
  if (SyntaxVariant != 0)
    return nullptr;
  return new ValidaInstPrinter(MAI, MII, MRI);
}

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeValidaTargetMC() {
  Target &T = getTheValidaTarget();
  TargetRegistry::RegisterMCAsmInfo(T, createValidaMCAsmInfo);
  TargetRegistry::RegisterMCInstrInfo(T, createValidaMCInstrInfo);
  TargetRegistry::RegisterMCRegInfo(T, createValidaMCRegisterInfo);
  TargetRegistry::RegisterMCSubtargetInfo(T, createValidaMCSubtargetInfo);
  TargetRegistry::RegisterMCInstPrinter(T, createValidaMCInstPrinter);
  TargetRegistry::RegisterMCCodeEmitter(T, createValidaMCCodeEmitter);
  TargetRegistry::RegisterMCAsmBackend(T, createValidaAsmBackend);
  // Object files use the generic ELF streamer: no ELF streamer hook needed.
}
