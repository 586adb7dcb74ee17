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
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/MC/MCDwarf.h"
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
  // The return address lives in the frame slot 0(fp); pc names its column
  // in .debug_frame.
  InitValidaMCRegisterInfo(X, /*RA=*/Valida::PC);
  return X;
}

static MCSubtargetInfo *
createValidaMCSubtargetInfo(const Triple &TT, StringRef CPU, StringRef FS) {
  return createValidaMCSubtargetInfoImpl(TT, CPU, /*TuneCPU=*/CPU, FS);
}

static MCAsmInfo *createValidaMCAsmInfo(const MCRegisterInfo &MRI,
                                        const Triple &TT,
                                        const MCTargetOptions &Options) {
  auto *MAI = new ValidaMCAsmInfo(TT, Options);
  // The frame of every Valida function, at every instruction (fp moves only
  // inside jal/jalv, so there is no prologue to describe): the CFA is fp,
  // the return address is at 0(fp), and the caller's fp is fp plus the
  // caller distance stored at 8(fp). Every FDE is empty; the CIE says it.
  unsigned FP = MRI.getDwarfRegNum(Valida::FP, /*isEH=*/false);
  unsigned PC = MRI.getDwarfRegNum(Valida::PC, /*isEH=*/false);
  MAI->addInitialFrameState(MCCFIInstruction::cfiDefCfa(nullptr, FP, 0));
  MAI->addInitialFrameState(MCCFIInstruction::createOffset(nullptr, PC, 0));
  // DW_CFA_val_expression fp, {DW_OP_breg fp 8; DW_OP_deref;
  //                            DW_OP_breg fp 0; DW_OP_plus}
  const uint8_t Breg = dwarf::DW_OP_breg0 + FP;
  const char CallerFP[] = {char(dwarf::DW_CFA_val_expression),
                           char(FP),
                           6,
                           char(Breg),
                           8,
                           char(dwarf::DW_OP_deref),
                           char(Breg),
                           0,
                           char(dwarf::DW_OP_plus)};
  MAI->addInitialFrameState(MCCFIInstruction::createEscape(
      nullptr, StringRef(CallerFP, sizeof(CallerFP))));
  return MAI;
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
